"""A heading's day a few days after the day the body names its meeting with ("Branch bulletin – 20 March 2024"
over "At the committee meeting on 14 March we agreed ..."): the heading is the day of writing, the meeting the
body's day, as with "met on 14 March" (pages written here: a CLP bulletin, a union branch newsletter, a
regional party's update). Not the next meeting's day, nor a day after the heading's."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

REST = "Members heard from the secretary and agreed to donate to the strike fund."


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    ("heading", "sentence", "expected"),
    [
        (
            "Branch bulletin – 20 March 2024",
            "At the committee meeting on 14 March we agreed to send delegates.",
            "2024-03-14",
        ),
        (
            "Newsletter – 9 October 2023",
            "At our meeting on 3 October the branch elected a new secretary.",
            "2023-10-03",
        ),
        ("Regional update – 2 May 2022", "At its meeting on 28 April the board agreed the shortlist.", "2022-04-28"),
        ("GC news – 21 June 2023", "The GC meeting held on 15 June chose its conference delegates.", "2023-06-15"),
    ],
)
def test_the_meeting_named_a_few_days_before_the_heading(heading: str, sentence: str, expected: str) -> None:
    assert meeting_dates(f"{heading}\n\n{sentence} {REST}\n") == [expected]


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        # the next meeting is no meeting the page reports
        ("Branch bulletin – 20 March 2024", "At the next meeting on 14 March we will elect delegates."),
        # a meeting named after the heading's day is to come, not the one reported
        ("Newsletter – 9 October 2023", "At our meeting on 12 October the branch will elect a secretary."),
        ("Executive update – 2 May 2022", "At the forthcoming meeting on 28 April the board will agree a shortlist."),
    ],
)
def test_a_meeting_to_come_is_not_the_meetings(heading: str, sentence: str) -> None:
    dates = meeting_dates(f"{heading}\n\n{sentence} {REST}\n")
    assert len(dates) == 1
    assert dates[0] is None or dates[0] not in ("2024-03-14", "2023-10-12", "2022-04-28")
