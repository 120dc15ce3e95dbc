"""A heading that names only a year, and nothing finer anywhere (issue 12, round 12): "NEC Report 2016" dates its
meeting to 2016 at year precision, as "NEC Report – MAY 2021" dates it to the month (SPEC: the precision of what is
known). A day in the body still wins; a year of something else in the heading gives none. Pages written for these
tests; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _meeting(page: str) -> tuple[str | None, str | None]:
    report = extract(page).reports[0]
    date = report.meeting_date
    return (date.start, date.precision.value if date.precision else None) if date else (None, None)


@pytest.mark.parametrize(
    ("heading", "year"),
    [
        ("NEC Report 2016", "2016"),
        ("Report from the executive, 2019", "2019"),
        ("Branch AGM 2021", "2021"),
        ("Federal Board report (2018)", "2018"),
    ],
)
def test_a_year_alone_in_the_heading_is_the_meetings_year(heading: str, year: str) -> None:
    assert _meeting(f"{heading}\n\nThe meeting agreed the budget and elected officers.\n") == (year, "year")


def test_a_day_in_the_body_is_finer_than_the_headings_year() -> None:
    page = "Executive report – 2019\n\nThe executive met on 12 March and agreed the budget.\n"
    assert _meeting(page) == ("2019-03-12", "day")


def test_a_year_of_something_else_in_the_heading_gives_none() -> None:
    page = "NEC report: special meeting on the 2019 election defeat\n\nThe NEC met and agreed a review.\n"
    assert _meeting(page) == (None, None)
