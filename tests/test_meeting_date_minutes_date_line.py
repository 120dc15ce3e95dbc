"""The date line of minutes under their heading: under a decision record's title ("Record of Decisions – Cabinet" /
"Wednesday, 5 June 2024"), or opened by the minutes' own label ("ANNUAL GENERAL MEETING" / "Minutes – Thursday 12
September 2024"): the day is the meeting's. A minutes line that dates something else (its circulation, an earlier
meeting) does not. Pages written for these tests in the registers of a cabinet's decisions, a planning committee, a
trades council's AGM and general meeting and a union branch; none is quoted from a real page or a probe page."""

from __future__ import annotations

import pytest

from support import meeting_day

_BODY = "\n\nPresent: Councillor Graham Oduya (Chair)\n\n2 MINUTES\nThe minutes of the last meeting were approved.\n"


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("Westbrook Council\n\nRecord of Decisions – Cabinet\nWednesday, 5 June 2024", "2024-06-05"),
        ("Schedule of decisions – Planning Committee\nTuesday 9 July 2024", "2024-07-09"),
        (
            "Harbourside Trades Union Council\n\nANNUAL GENERAL MEETING\nMinutes – Thursday 12 September 2024",
            "2024-09-12",
        ),
        ("TRADES COUNCIL GENERAL MEETING\nMinutes: 14 March 2025", "2025-03-14"),
    ],
)
def test_the_minutes_date_line_dates_the_meeting(heading: str, day: str) -> None:
    assert meeting_day(heading + _BODY) == day


@pytest.mark.parametrize(
    "heading",
    [
        # the label's line dates something else: the circulation, an earlier meeting's minutes
        "Branch General Meeting\nMinutes taken by the Secretary – circulated 20 March 2025",
        "Branch General Meeting\nMinutes of 12 February 2025 approved",
    ],
)
def test_a_minutes_line_dating_something_else_leaves_the_meeting_its_own_day(heading: str) -> None:
    page = heading + "\n\nThe meeting was held on Friday 14 March 2025." + _BODY
    assert meeting_day(page) == "2025-03-14"
