"""A line that opens on the label "Meeting:" (or "Meeting –"), or "Date/Time:", names the meeting's day, as "Date
of meeting:" and "Date and time:" do,
under a titled report or above an untitled one ("Finance Committee" / "Meeting: 14/3/24 (7pm, Zoom)"); a label of
the next meeting does not. Pages written for these tests (round 18): council committee minutes, a union branch's
notes, a CLP's report."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # council committee minutes with no heading the tool takes as a title
        (
            "Finance Committee\nMeeting: 14/3/24 (7pm, Zoom)\n\nPresent: four members.\n\nThe accounts were noted.\n",
            ["2024-03-14"],
        ),
        # a union branch's notes under a write-up title, a dash after the label and a weekday before the day
        ("Branch report\nMeeting - Tuesday 12 March 2024\n\nThe branch met and elected a secretary.\n", ["2024-03-12"]),
        # a date-and-time label written with a slash, in minutes and under a write-up title
        (
            "Branch committee\nDate/Time: 16 January 2024, 7pm\nVenue: Zoom\n\nThe chair welcomed members and "
            "the minutes of the last meeting were agreed.\n",
            ["2024-01-16"],
        ),
        (
            "Executive report\nDate / time: 10 September 2024, 6.30pm\n\nThe executive agreed the plan.\n",
            ["2024-09-10"],
        ),
        # a CLP's report, the label after the title's blank line
        (
            "CLP general meeting report\n\nMeeting: 9 May 2024\n\nDelegates heard from the council leader.\n",
            ["2024-05-09"],
        ),
    ],
)
def test_a_meeting_label_dates_the_meeting(page: str, expected: list[str | None]) -> None:
    assert _meeting_dates(page) == expected


def test_the_next_meetings_label_dates_nothing() -> None:
    page = "Finance Committee report\nNext meeting: 14 March 2024\n\nThe accounts were noted.\n"
    assert _meeting_dates(page) == [None]
