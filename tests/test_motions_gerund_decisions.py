"""A second decision told by a gerund hung on the first (round 16): "adopted the budget, rejecting the amendment",
"approved the plan before voting down ...", "agreed X, as well as deferring Y", "passed it after throwing out ...",
"in addition to accepting ...". The gerund has no subject or tense of its own: it takes its host's, so it is a
decision of the meeting when its host is, and one motion of its own (SPEC Rulings: each decision is one motion).
Not when its preposition tells the act was not done or not the body's ("instead of rejecting it", "condemned the
council for closing ..."), nor a participle that only describes the thing decided ("a motion supporting the
strikers"). Pages written for these tests in the voices of an NEC write-up, union and council minutes and a CLP
bulletin; none is quoted from a real page."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, F, R = Outcome.CARRIED, Outcome.DEFEATED, Outcome.DEFERRED, Outcome.REMITTED


def _motions(title: str, sentence: str) -> list[tuple[Outcome, str]]:
    page = f"{title}\n\nThe meeting opened with apologies from two members.\n\n{sentence}\n"
    return [(m.outcome, m.evidence.text) for m in titled_page_motions(page)]


@pytest.mark.parametrize(
    ("title", "sentence", "outcomes", "second"),
    [
        (
            "NEC report – 3 May 2024",
            "The NEC approved the new complaints procedure, rejecting an amendment to shorten the appeal window.",
            [C, D],
            "rejecting an amendment",
        ),
        (
            "Executive Council minutes – 12 March 2024",
            "The Council ratified the pay claim before postponing the review of regional offices.",
            [C, F],
            "before postponing the review",
        ),
        (
            "Riverside CLP – General Committee, 9 July 2024",
            "We endorsed the campaign budget, as well as voting down the motion on the office lease.",
            [C, D],
            "as well as voting down",
        ),
        (
            "Labour Group meeting, 4 June 2024",
            "The group passed the housing motion after throwing out an amendment from the opposition.",
            [C, D],
            "after throwing out an amendment",
        ),
        (
            "Branch committee, 2 April 2024",
            "The committee accepted the treasurer's proposals, in addition to agreeing to fund a coach to the rally.",
            [C, C],
            "to fund a coach",
        ),
        (
            "NEC report – 21 January 2025",
            "We agreed the timetable for the selections, deferring the choice of venue for the hustings.",
            [C, F],
            "deferring the choice",
        ),
    ],
)
def test_a_gerund_hung_on_a_decision_is_a_decision_of_its_own(
    title: str, sentence: str, outcomes: list[Outcome], second: str
) -> None:
    found = _motions(title, sentence)
    assert [outcome for outcome, _ in found] == outcomes
    assert second in found[1][1] and second not in found[0][1]


@pytest.mark.parametrize(
    "sentence",
    [
        "The NEC deferred the rule change on quorum instead of rejecting it outright.",
        "The committee approved the revised plan rather than sending it back to the working group.",
        "The executive condemned the council for rejecting the pay offer.",
        "The GC agreed a motion supporting the striking bin workers.",
        "The NEC approved the budget before hearing from the General Secretary.",
    ],
)
def test_a_gerund_not_done_or_not_a_decision_adds_none(sentence: str) -> None:
    assert len(_motions("Executive report – 3 May 2024", sentence)) <= 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The executive has angered several branches by deciding to close the regional office.",
        "We then turned to the campaign, agreeing our approach to the leaflets.",
    ],
)
def test_a_gerund_on_a_verb_that_decides_nothing_adds_none(sentence: str) -> None:
    assert _motions("Executive report – 3 May 2024", sentence) == []


def test_a_participle_telling_what_the_item_does_adds_none() -> None:
    sentence = "Conference backed amendment 4, setting up a new committee for retired members."
    assert len(_motions("Rules conference, day two – 14 May 2025", sentence)) == 1
