"""Minutes that name the meeting or the body and then "held" right before the day, without "on" ("GC held 14th
March 2024 at 7:30pm via Zoom", "Meeting held 3 May 2023 at the Labour Club", "AGM held 9 February 2024"): the
day is the meeting's (pages written here as CLP, branch and parish council minutes); another event held so is
not ("The local elections held 5 May were discussed")."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

REST = "Present: 28 members. The meeting agreed its delegates to the regional conference."


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "t.txt").reports]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("GC held 14th March 2024 at 7:30pm via Zoom.", "2024-03-14"),
        ("Meeting held 3 May 2023 at the Labour Club.", "2023-05-03"),
        ("AGM held 9 February 2024 in the village hall.", "2024-02-09"),
        ("Parish Council held 8 January 2024, 7.30pm.", "2024-01-08"),
    ],
)
def test_the_meeting_named_then_held_before_its_day(line: str, expected: str) -> None:
    assert meeting_dates(f"Minutes\n\n{line} {REST}\n") == [expected]


def test_another_event_held_before_its_day_is_not_the_meeting() -> None:
    page = f"Minutes\n\nThe local elections held 5 May 2023 were discussed at length. {REST}\n"
    assert meeting_dates(page) == [None]
