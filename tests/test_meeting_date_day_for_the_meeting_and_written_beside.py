"""Meeting dates: a day followed by what it was for ("We were in Leeds on 12 March for the meeting of the
executive"); a relative weekday with its day written beside it under a heading dated the day of writing ("The
board met last Tuesday (20/01/2015)" under "... – 22 January 2015")."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

BODY = "There was a long discussion about the campaign. Several members raised concerns about the review."


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    "sentence",
    [
        "We were at the town hall on 12/03/2024 for the meeting of the group.",
        "I travelled to Leeds on 12 March 2024 for our quarterly session.",
        "Members came from across the region on 12 March 2024, for the meeting of the branch.",
    ],
)
def test_a_day_for_the_meeting_is_its_day(sentence: str) -> None:
    assert meeting_dates(f"Branch report\n\n{sentence} {BODY}\n") == ["2024-03-12"]


@pytest.mark.parametrize(
    "sentence",
    [
        "We booked the hall on 12 March 2024 for the next meeting.",
        "We were in Leeds on 12 March 2024 for the conference.",
        "Papers will be sent on 12 March 2024 for the meeting.",
    ],
)
def test_a_day_for_something_else_or_to_come_is_not(sentence: str) -> None:
    assert meeting_dates(f"Branch report\n\n{sentence} {BODY}\n") == [None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The board met last Tuesday (20/01/2015) at the union's office.", "2015-01-20"),
        ("We met yesterday (21 January 2015) in Leeds.", "2015-01-21"),
        # the day beside it weeks before the heading's: no day of writing that far after
        ("The board met last Tuesday (2 December 2014) at the union's office.", "2015-01-22"),
    ],
)
def test_a_day_written_beside_a_relative_word_under_a_dated_heading(sentence: str, expected: str) -> None:
    assert meeting_dates(f"Federal Board report – 22 January 2015\n\n{sentence} {BODY}\n") == [expected]
