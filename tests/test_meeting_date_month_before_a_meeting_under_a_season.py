"""A month named before the meeting's noun after a possessive ("Our March committee", "their June GC", "its May
board") is the meeting's month, and a bare day said of that meeting ("held on the 14th") is that month's day, also
under a heading that gives only a year or a season ("Branch bulletin – Spring 2019"): the day is not counted in
the season's first month. Pages written for these tests in the styles of a union branch bulletin, a CLP newsletter
and a regional board's notes; none is quoted from a real page."""

from __future__ import annotations

import pytest

from nec_extract.language.dates import find_candidates
from nec_extract.pipeline import extract


def _meeting(page: str) -> str | None:
    date = extract(page).reports[0].meeting_date
    return date.start if date else None


@pytest.mark.parametrize(
    ("heading", "sentence", "expected"),
    [
        ("Branch bulletin – Spring 2019", "Our March committee was held on the 14th at the club.", "2019-03-14"),
        ("Constituency newsletter – Summer 2016", "Their June GC, held on the 9th, was well attended.", "2016-06-09"),
        ("Regional notes 2021", "Its May board met on the 21st in Leeds.", "2021-05-21"),
        ("Branch bulletin – Spring 2019", "We held the March meeting on the 14th.", "2019-03-14"),
    ],
)
def test_a_day_of_the_month_named_before_the_meeting_under_a_season(heading: str, sentence: str, expected: str) -> None:
    page = f"{heading}\n\n{sentence}\n\nThe treasurer reported a surplus and the committee agreed the accounts.\n"
    assert _meeting(page) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The committee was held on the 14th at the club.",
        "We met on the 9th, as usual, in the club.",
    ],
)
def test_a_bare_day_under_a_season_with_no_month_is_no_day_of_its_first_month(sentence: str) -> None:
    page = f"Branch bulletin – Spring 2019\n\n{sentence}\n\nThe committee agreed the accounts.\n"
    assert _meeting(page) in (None, "2019")


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Our March committee was held at the club.", ["March"]),
        ("their June conference sold out", ["June"]),
        ("At its May meeting the board agreed.", ["May"]),
        ("Our March for Jobs left from the park.", []),  # the walk, not the month
    ],
)
def test_a_month_after_a_possessive_is_a_month(text: str, months: list[str]) -> None:
    found = [c.match.group() for c in find_candidates(text, 0, len(text), []) if c.kind == "bare_month"]
    assert found == months
