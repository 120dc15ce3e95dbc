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
        # the write-up's noun after the year: the write-up of that year's meeting
        ("Executive Committee 2021 Report", "2021"),
        ("Branch AGM 2022 minutes", "2022"),
        ("Regional Board 2020 update", "2020"),
        ("Our 2023 Annual Meeting: a round-up", None),
        ("The 2023 Annual Meeting report", "2023"),
    ],
)
def test_a_year_alone_in_the_heading_is_the_meetings_year(heading: str, year: str | None) -> None:
    expected = (year, "year") if year else (None, None)
    assert _meeting(f"{heading}\n\nThe meeting agreed the budget and elected officers.\n") == expected


def test_a_day_in_the_body_is_finer_than_the_headings_year() -> None:
    page = "Executive report – 2019\n\nThe executive met on 12 March and agreed the budget.\n"
    assert _meeting(page) == ("2019-03-12", "day")


@pytest.mark.parametrize(
    "heading",
    [
        "NEC report: special meeting on the 2019 election defeat",
        "Executive discusses the 2019 manifesto report",
        "Council group: 2020 budget update",
    ],
)
def test_a_year_of_something_else_in_the_heading_gives_none(heading: str) -> None:
    assert _meeting(f"{heading}\n\nThe NEC met and agreed a review.\n") == (None, None)
