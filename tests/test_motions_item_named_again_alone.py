"""A sentence that names only the item just told and settled, by a bare back-reference ("the proposal", "the change",
"the motion"), and settles nothing, tells who put that item, not a new one (SPEC Rulings: a decision restated is
listed once). Sentences written for these tests in several registers; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import page_motions


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Co-op Party NEC backs candidate pledge",
            "The NEC narrowly approved a new pledge for parliamentary candidates. Around half of those voting backed "
            "it. Party chair Jo Hart introduced the proposal.",
        ),
        (
            "Momentum's ruling body backs new slate rules",
            "The NCG agreed by 14 votes to 9 to let local groups choose their own slates. The change was proposed by "
            "co-chair Sam Lee.",
        ),
        (
            "Our executive blinked",
            "The executive rejected the call to disaffiliate, as everyone expected. I heard Kim Ashe, who moved the "
            "motion, tell the meeting that the fight was not over.",
        ),
        (
            "Branch committee meeting, 3 May 2024",
            "The committee agreed to fund the food bank collection. The proposal, moved by the treasurer, was "
            "welcomed by everyone.",
        ),
    ],
)
def test_a_bare_back_reference_after_a_decision_is_no_new_item(title: str, body: str) -> None:
    motions = page_motions(body, title)
    assert len(motions) == 1
    assert motions[0].outcome is not Outcome.UNKNOWN


@pytest.mark.parametrize(
    ("title", "body", "count"),
    [
        # an item of its own, described: a new motion
        (
            "Branch committee meeting, 3 May 2024",
            "The committee agreed to fund the food bank collection. Jo Hart then moved a motion on bus fares.",
            2,
        ),
        # the item before it is still open: the bare reference may be what is put next
        (
            "Council meeting, 12 March 2025",
            "Councillor Green moved the motion on libraries. Councillor Shah moved the amendment, Councillor Lowe "
            "seconding.",
            2,
        ),
        # settled by what follows: a new item told by its result
        (
            "Executive report, 3 March 2025",
            "The executive agreed the budget. Jo Hart moved the motion on rents. It was carried.",
            2,
        ),
    ],
)
def test_an_item_of_its_own_is_kept(title: str, body: str, count: int) -> None:
    assert len(page_motions(body, title)) == count
