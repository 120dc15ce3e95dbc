"""The direction of a pair when the words say the majority rejected the item (issue 13, round 16): the rejecting
verb's infinitive earlier in the clause ("went on to reject the proposal by 12 votes to 4", "proceeded to turn it
down by 9 to 2") and a vote "N–M against" the item put ("voted 14-3 against the proposal"). A stance taken against
another thing ("agreed to oppose the cuts by 20 votes to 3") is carried by its majority. Sentences written for these
tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes.tallies import sentence_tallies
from nec_extract.models import Outcome


def _tallies(sentence: str) -> list[tuple[int | None, int | None, Outcome | None]]:
    return [(t.for_, t.against, t.outcome) for t in sentence_tallies(sentence)]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("The NEC went on to reject the proposal by 12 votes to 4.", (4, 12)),
        ("Councillors then proceeded to throw out the amendment by 30 votes to 11.", (11, 30)),
        ("After a short debate the branch moved on to reject it, by 9 votes to 2.", (2, 9)),
        ("The committee voted 14-3 against the proposal to close the office.", (3, 14)),
        ("Delegates voted by 40 to 25 against the motion.", (25, 40)),
    ],
)
def test_the_majority_rejected_the_item(sentence: str, counts: tuple[int, int]) -> None:
    assert _tallies(sentence) == [(*counts, Outcome.DEFEATED)]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("The group agreed to oppose the cuts by 20 votes to 3.", (20, 3)),
        ("The NEC went on to approve the budget by 20 votes to 4.", (20, 4)),
        ("The committee voted 14-3 for the proposal.", (14, 3)),
        # the rejection is in another clause, before the tally's own
        ("The NEC rejected the first bid; the second was carried by 12 votes to 4.", (12, 4)),
    ],
)
def test_a_stance_or_an_approval_is_carried_by_its_majority(sentence: str, counts: tuple[int, int]) -> None:
    assert _tallies(sentence) == [(*counts, Outcome.CARRIED)]
