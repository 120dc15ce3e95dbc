"""A decision told by its verb and named again in the next sentence by a bare noun is one motion (SPEC Rulings: a
decision restated later is listed once): "The NEC voted to raise the threshold. The change was backed by 22 votes
to 12." A noun that carries its own description ("The change to the fees was agreed") is an item of its own, and so
is a second result in the restating sentence. A kind word that only modifies the noun after it ("the nomination
threshold") names no item of that kind, so it does not stop the restatement either. Sentences written for these
tests in several registers; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    "page",
    [
        # NEC write-up
        "NEC report – 3 May 2022\n\nThe NEC voted to raise the threshold for future leadership contests. The change "
        "was backed by 22 votes to 12.",
        # news report
        "Ruling body backs new structure\n\nThe party's steering committee has approved a restructure of its staff "
        "team. The plan was agreed unanimously, a spokesperson confirmed.",
        # union executive minutes
        "Executive Council minutes – 4 June 2021\n\nThe EC agreed to donate £500 to the strike fund at the bakery. "
        "The plan was accepted with one abstention.",
        # council minutes
        "Cabinet – 14 June 2023\n\nMembers resolved to extend the opening hours of the two libraries. The decision "
        "was unanimous.",
        # CLP bulletin, the act in the past perfect and a move
        "CLP bulletin, March\n\nThe general committee voted to hold its meetings online over the winter. The move was "
        "approved by 31 votes to 4.",
        # the decided thing named again by its own noun
        "NEC backs new selection rules\n\nThe NEC has backed new rules for selecting parliamentary candidates. The "
        "rules were agreed by 24 votes to 9, according to sources present.",
        "Council news\n\nThe cabinet approved the housing strategy on Tuesday. The strategy was backed by six votes "
        "to two.",
        "Branch minutes\n\nThe committee agreed to draw up new guidance for workplace reps. The guidance was agreed "
        "unanimously.",
        # a kind word modifying the noun after it is no item: the motion is the decision told just before
        "NEC report – 3 May 2022\n\nThe NEC voted to lower the nomination threshold. The motion was carried by 20 "
        "votes to 14.",
        "Executive news\n\nThe executive agreed to bring forward the motions deadline for conference. The proposal "
        "was carried without a vote.",
    ],
)
def test_a_decision_named_again_by_a_bare_noun_is_one_motion(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [C]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the noun carries its own description: another item
        (
            "NEC report – 3 May 2022\n\nThe NEC voted to raise the threshold for leadership contests. The change to "
            "the standing orders was agreed unanimously.",
            [C, C],
        ),
        (
            "Branch minutes\n\nThe committee agreed to hold the AGM in March. The plan for the new office was "
            "approved too.",
            [C, C],
        ),
        (
            "Council news\n\nCouncillors voted to freeze car park charges. The move to weekly bin collections was also "
            "agreed.",
            [C, C],
        ),
        # another thing of another name
        (
            "NEC report – 3 May 2022\n\nThe NEC approved the housing strategy. The budget was backed by 30 votes to "
            "20.",
            [C, C],
        ),
        (
            "NEC backs new selection rules\n\nThe NEC has backed new rules for selecting parliamentary candidates. "
            "The rules on expenses were agreed too.",
            [C, C],
        ),
        # a second result in the restating sentence is a second item
        (
            "NEC report – 3 May 2022\n\nThe NEC voted to raise the threshold for leadership contests. The plans were "
            "agreed, but the committee rejected the change to the fees.",
            [C, C, D],
        ),
        # "the recommendation itself": the item the procedural move before was about, not that move
        (
            "NEC report\n\nThe committee brought a recommendation to suspend meetings during selections, which was "
            "contentious. Sam Lee moved that it be referred back to the committee, and after a vote of 9 to 14 that "
            "was lost. The recommendation itself was then carried.",
            [D, C],
        ),
        # an amendment is never the decision just told
        (
            "Executive report\n\nThe executive voted to open the hardship fund to retired members. An amendment was "
            "defeated.",
            [C, D],
        ),
    ],
)
def test_a_described_noun_or_a_second_result_is_its_own_item(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected
