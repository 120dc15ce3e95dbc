"""A result told as already given by someone other than the meeting ("We noted the report, already approved by the
council.", "..., which had already been agreed by the officers.") is a decision taken before or elsewhere, not one of
this meeting (round 25, voices25; a candidate left by round 24); the tool used to list it as carried. Not "already"
with the meeting's own hand in it ("withdrawn by its mover", "agreed by acclamation", "by 20 votes to 3"), and not
a pluperfect told inside this meeting's story ("the budget had already been agreed" by the time the rule changes came).

Every sentence is written for these tests, in an NEC write-up, union and council minutes, a CLP report and a news
report.
"""

from __future__ import annotations

import pytest

from support import CLP_TITLE as CLP
from support import COUNCIL_TITLE as COUNCIL
from support import NEC_TITLE as NEC
from support import NEWS_TITLE as NEWS
from support import UNION_TITLE as UNION
from support import page_motions


def motions(body: str, title: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.outcome.value) for m in page_motions(body, title)]


ELSEWHERE = [
    ("We noted the report, already approved by the council.", CLP),
    ("The group discussed the budget, which had already been agreed by cabinet.", COUNCIL),
    ("The General Secretary set out a new process for complaints, which had already been agreed by the officers.", NEC),
    ("The report had already been approved by the council.", UNION),
    ("Delegates heard about the pay claim, already endorsed by the national executive in May.", NEWS),
]


@pytest.mark.parametrize(("body", "title"), ELSEWHERE)
def test_already_decided_by_another_is_no_motion(body: str, title: str) -> None:
    assert motions(body, title) == []


OURS = [
    (
        "The amendment had already been withdrawn by its mover, so the motion was put and carried.",
        UNION,
        [("amendment", "withdrawn"), ("motion", "carried")],
    ),
    (
        "The motion was carried; the amendment had already been withdrawn.",
        CLP,
        [("motion", "carried"), ("amendment", "withdrawn")],
    ),
    ("The timetable was agreed unanimously, already the third change this year.", NEC, [("other", "carried")]),
]


@pytest.mark.parametrize(("body", "title", "expected"), OURS)
def test_the_meetings_own_results_stay(body: str, title: str, expected: list[tuple[str, str]]) -> None:
    assert motions(body, title) == expected
