"""A heading's date that belongs to something else named after a separator ("Branch bulletin: ballot closes 8 July
2020") is no meeting date (page/meeting_date/heading_aside.py); the meeting's own day after a separator, with or
without a link ("– held on", "– Away Day", "– Brighton"), still is."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

BODY = "The committee met and heard reports from the officers. Members discussed the budget at length."


def meeting_dates(heading: str) -> list[str | None]:
    reports = extract(f"{heading}\n\n{BODY}\n", "test.txt").reports
    return [r.meeting_date.start if r.meeting_date else None for r in reports]


@pytest.mark.parametrize(
    "heading",
    [
        "Branch bulletin: ballot closes 8 July 2020",
        "Unite Executive Council news – nominations for the rally due 3 May 2021",
        "Regional Board summary (plans for the campaign in June 2019)",
        "CLP bulletin | deadline for motions 14 February 2022",
        "Executive Committee minutes: strike dates from 2 March 2023",
    ],
)
def test_a_date_of_something_else_after_the_separator_is_no_meeting_date(heading: str) -> None:
    assert meeting_dates(heading) == [None]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("NEC Report – Away Day 24 November 2020", "2020-11-24"),
        ("NEC Report – Brighton 12 March 2019", "2019-03-12"),
        ("Regional Board summary: meeting held on 12 March 2019", "2019-03-12"),
        ("Branch bulletin – General Committee 5 June 2021", "2021-06-05"),
        ("Council group report (Tuesday 7 May 2024)", "2024-05-07"),
        # the meeting named after its day
        ("Federal Board report: what happened at the 2 October 2024 meeting", "2024-10-02"),
        ("NEC report – notes from the 9 July 2019 session of the executive", "2019-07-09"),
    ],
)
def test_the_meetings_own_day_after_a_separator_stays(heading: str, expected: str) -> None:
    assert meeting_dates(heading) == [expected]
