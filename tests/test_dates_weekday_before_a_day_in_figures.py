"""A day written in figures with its weekday before it ("on Saturday 19/03/2011", "Tuesday, 12.3.19", "Wed
15/03/2023") is one date mention, and a minutes title's "held ... on Saturday 19/03/2011" dates its meeting, as
"on Saturday 19 March 2011" does; a weekday set apart by a clause stays apart. Pages written for these tests as a
union's minutes, a branch's notes and a council's agenda."""

from __future__ import annotations

import pytest

from nec_extract.language.dates import find_candidates
from nec_extract.pipeline import extract


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The council met on Saturday 19/03/2011 at the hall.", "Saturday 19/03/2011"),
        ("Branch meeting: Tuesday, 12.3.19, upstairs room.", "Tuesday, 12.3.19"),
        ("Date: Wed 15/03/2023", "Wed 15/03/2023"),
    ],
)
def test_a_weekday_and_a_day_in_figures_are_one_mention(text: str, found: str) -> None:
    assert [c.match.group() for c in find_candidates(text, 0, len(text), [])] == [found]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("held at Unity House, London N1 on Saturday 19/03/2011, commencing at 10.30am", "2011-03-19"),
        ("held on Tuesday 12/3/19 at 7pm", "2019-03-12"),
        ("held in the Council Chamber on Wednesday, 18.10.2023 at 7.00 pm", "2023-10-18"),
    ],
)
def test_a_minutes_title_dates_its_meeting_by_such_a_day(line: str, expected: str) -> None:
    page = f"MINUTES OF THE MEETING OF THE NATIONAL EXECUTIVE COUNCIL\n{line}\n\nThe council agreed the accounts.\n"
    date = extract(page).reports[0].meeting_date
    assert date is not None and date.start == expected


def test_a_weekday_apart_from_the_day_stays_apart() -> None:
    text = "On Saturday, the minutes of 19/03/2011 were signed."
    assert "19/03/2011" in [c.match.group() for c in find_candidates(text, 0, len(text), [])]
