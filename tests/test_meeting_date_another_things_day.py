"""A day a cue word seems to tie to the meeting, but which is of another thing the clause names (pages written
here in the voices of an NEC write-up, union executive news, a CLP bulletin and council news):

- the body's name, then its verb's object, then the day: the object's day ("The executive agreed a ballot
  running from 4 September", "The NEC discussed preparations for the elections on 5 May");
- a verb of meeting in a clause on the object of the body's verb: another body's meeting ("The executive noted
  the report of the TUC General Council, which met on 8 March");
- decisions taken at an earlier meeting ("reviewed the decisions taken at its meeting on 12 January");
- a hard-wrapped first line of prose is no subtitle naming the meeting.

The meeting's own day still counts: "The NEC on 14 March", "The executive voted on 14 March", "The Executive
Committee of the union on 14 March", "The committee, which met on 14 March, ..."."""

from __future__ import annotations

import pytest

from nec_extract.page.meeting_date.another_thing import names_another_things_day
from nec_extract.pipeline import extract


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("Executive report", "The executive agreed a ballot running from 4 to 25 September 2023 on the pay offer."),
        ("NEC report", "The NEC discussed preparations for the local elections on 5 May 2022 and the London count."),
        ("Executive report", "The executive agreed the timetable for nominations, which close on 30 June 2023."),
        ("Council news", "The council agreed that the new charges will come into force on 1 April 2024."),
        ("Executive report", "The executive noted that the strike on 1 February 2023 had been well supported."),
        ("GC report", "The committee heard that the hustings would be held at the library on 3 March 2024."),
    ],
)
def test_the_day_of_what_the_body_spoke_of_is_not_the_meetings(heading: str, sentence: str) -> None:
    assert meeting_dates(f"{heading}\n\n{sentence}\n") == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "The executive discussed the decisions of the TUC General Council, which met on 8 March 2023.",
        "The NEC noted the report of the Organisation Committee, which had met on 2 March 2023.",
        "Delegates heard from the regional board, who met on 8 March 2023, about the selections.",
        "The executive reviewed the decisions taken at its meeting on 12 January 2024 and agreed to publish them.",
        "The committee went through the motions passed at the AGM on 12 January 2024 one by one.",
    ],
)
def test_another_or_an_earlier_meetings_day_is_not_the_meetings(sentence: str) -> None:
    assert meeting_dates(f"Executive report\n\n{sentence}\n") == [None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The NEC on 14 March 2023 agreed the timetable for the selections.", "2023-03-14"),
        ("The executive voted on 14 March 2023 to recommend the offer.", "2023-03-14"),
        ("The Executive Committee of the union on 14 March 2023 agreed to ballot.", "2023-03-14"),
        ("The committee, which met on 14 March 2023, agreed to fund two delegates.", "2023-03-14"),
        ("The NEC met in sombre mood on 14 March 2023 and stood in silence.", "2023-03-14"),
        ("The executive agreed at its meeting on 14 March 2023 to back the strike.", "2023-03-14"),
        ("The executive unanimously agreed on 14 March 2023 to back the strike.", "2023-03-14"),
        ("The executive committee then voted on 14 March 2023 to ballot members.", "2023-03-14"),
        ("The NEC narrowly agreed on 14 March 2023 to change the rules.", "2023-03-14"),
    ],
)
def test_the_meetings_own_day_still_counts(sentence: str, expected: str) -> None:
    assert meeting_dates(f"Executive report\n\n{sentence}\n") == [expected]


def test_a_wrapped_line_of_prose_is_no_subtitle() -> None:
    page = (
        "Executive report\n\nThe executive discussed the decisions of the General Council, which met on 8 March 2023,"
        " and\nagreed to support the day of action.\n"
    )
    assert meeting_dates(page) == [None]


def test_a_subtitle_naming_the_meeting_still_dates_it() -> None:
    page = "Branch news\n\nExecutive Committee – 14 June 2022\n\nThe committee agreed to fund two delegates.\n"
    assert meeting_dates(page) == ["2022-06-14"]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("The executive agreed a ballot running from ", True),
        ("The NEC met to discuss the ballot, which closes on ", True),
        ("The NEC on ", False),
        ("National Executive Committee, ", False),
        ("The Executive Committee of the Labour Party on ", False),
        ("The committee, which met on ", False),
    ],
)
def test_names_another_things_day(clause: str, expected: bool) -> None:
    assert names_another_things_day(clause) is expected


@pytest.mark.parametrize(
    ("stamp", "sentence", "expected"),
    [
        (
            "Posted 21 September 2023",
            "I was elected to the NEC on 1 September 2022. At the meeting on Tuesday we met.",
            "2023-09-19",
        ),
        (
            "Posted 14 March 2024",
            "Jo Bloggs joined the executive on 4 March 2024 to represent retired members.",
            None,
        ),
        ("Posted 14 March 2024", "Sam was co-opted onto the committee in January 2024 to lead on housing.", None),
        ("Posted 14 March 2024", "Ann stood down from the council on 1 March 2024 after ten years.", None),
    ],
)
def test_the_day_a_member_joined_or_left_the_body_is_not_the_meetings(
    stamp: str, sentence: str, expected: str | None
) -> None:
    assert meeting_dates(f"Branch report\n{stamp}\n\n{sentence}\n") == [expected]
