"""A heading that dates its meeting only by a quarter ("NEC Report – Q1 2024", "Executive report, Q3 2019") gives the
meeting date at quarter precision (SPEC: precision of what is known); a day in the body within the quarter refines
it ("met on 12 March"), and a bare day ("met on the 14th") is of no month yet, not of the quarter's first. Pages
written for these tests as a party executive's and a union's reports."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

_BODY = "\n\nThe treasurer reported a small surplus.\n\nThe committee agreed to back the strike.\n"


def _meeting(page: str) -> tuple[str | None, str | None]:
    date = extract(page).reports[0].meeting_date
    return (date.start, date.precision.value if date.precision else None) if date else (None, None)


@pytest.mark.parametrize(
    ("heading", "quarter"),
    [
        ("NEC Report – Q1 2024", "2024-Q1"),
        ("Executive report, Q3 2019", "2019-Q3"),
        ("Board update – Q4 2022", "2022-Q4"),
    ],
)
def test_a_quarter_in_the_heading_dates_the_meeting_to_it(heading: str, quarter: str) -> None:
    assert _meeting(f"{heading}{_BODY}") == (quarter, "quarter")


def test_a_day_in_the_body_within_the_quarter_refines_it() -> None:
    assert _meeting(f"Executive report – Q1 2024\n\nThe executive met on 12 March at Unity House.{_BODY}") == (
        "2024-03-12",
        "day",
    )


def test_a_bare_day_under_a_quarter_is_of_no_month_yet() -> None:
    assert _meeting(f"Executive report – Q1 2024\n\nThe executive met on the 14th at Unity House.{_BODY}") == (
        "2024-Q1",
        "quarter",
    )
