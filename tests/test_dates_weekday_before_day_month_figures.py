"""A weekday written before a day and month in figures with no year is one mention with it ("on Tuesday 4/6",
"Sat. 8/6"), and a run of two such days is one range ("Friday 14/6 - 16/6", "Fri 14/6 to Sun 16/6"), as "Tuesday
4 June" is one; a weekday away from the figures stays its own. Lines written for these tests (round 18), in the
voices of a union branch circular, a CLP bulletin and a trades council's notes."""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from support import report_context


def _mentions(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.start, m.end) for m in extract_dates(report_context(text, meeting="2024-05-03", parse=False))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # union circular
        ("The picket is on Tuesday 4/6 from 7am.", [("Tuesday 4/6", "2024-06-04", None)]),
        # CLP bulletin, abbreviated weekday with a full stop
        ("Our stall is on Sat. 8/6 in the square.", [("Sat. 8/6", "2024-06-08", None)]),
        # trades council notes, the weekday opening the sentence
        ("Wednesday 5/6 is the deadline for motions.", [("Wednesday 5/6", "2024-06-05", None)]),
        # a run of days, each or the first with its weekday
        ("Friday 14/6 - 16/6 is the summer school.", [("Friday 14/6 - 16/6", "2024-06-14", "2024-06-16")]),
        ("The school runs Fri 14/6 to Sun 16/6.", [("Fri 14/6 to Sun 16/6", "2024-06-14", "2024-06-16")]),
        # without a weekday, as before
        ("The school runs 14/6 - 16/6.", [("14/6 - 16/6", "2024-06-14", "2024-06-16")]),
    ],
)
def test_a_weekday_before_day_and_month_figures_is_one_mention(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _mentions(text) == expected


def test_figures_that_are_no_day_leave_the_weekday_alone() -> None:
    # motion numbers after the weekday are no date
    assert [m[0] for m in _mentions("On Tuesday motions 12/13 were composited.")] == ["Tuesday"]
