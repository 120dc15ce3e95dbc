"""The direction of a pair set after a dash or a comma, right after a defeat told before it ("The motion was lost –
20 votes to 12", "the manner of its defeat – 27 votes to 9") or after a finite vote against the item ("voted against
opening merger talks, by 21 votes to 14"): the pair's own clause says no outcome, so the counts alone read it as
carried in written order, while the words say the larger count was against. Kind seen on genre28b dev d09 and
genre28c dev d08 (two writers). Sentences written for these tests; none is quoted from a real page.
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
        # NEC write-up
        ("The rule change was lost – 20 votes to 12 – and the left will bring it back next year.", (12, 20)),
        # union news
        ("The executive voted against opening merger talks with the other union, by 21 votes to 14.", (14, 21)),
        # opinion column
        ("But the manner of its defeat – 27 votes to 9, after half an hour of debate – says it all.", (9, 27)),
        # council minutes
        ("Members voted against the proposal to sell the depot, 30 to 11.", (11, 30)),
        # CLP minutes
        ("The motion on the housing levy was defeated — 18 votes to 7.", (7, 18)),
        # branch e-mail
        ("The branch voted narrowly against the new meeting night, by 16 votes to 15.", (15, 16)),
    ],
)
def test_the_pair_after_a_defeat_told_just_before_it_was_against(sentence: str, counts: tuple[int, int]) -> None:
    assert _tallies(sentence) == [(*counts, Outcome.DEFEATED)]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # a result inside the pair's own clause decides it
        ("The first bid was defeated – the second was carried by 20 votes to 12.", (20, 12)),
        ("Two members voted against, but the budget passed, 20 votes to 2.", (20, 2)),
        # "voted against" said of people, the pair after it a count of the whole
        ("Only two voted against; the budget went through 20-2.", (20, 2)),
        # a defeat told further back, not just before the pair
        ("The amendment was lost, and then the substantive motion got 18 votes to 7.", (18, 7)),
        # a stance taken with the majority, no vote against anything
        ("The group agreed to oppose the cuts, by 20 votes to 3.", (20, 3)),
    ],
)
def test_no_defeat_just_before_the_pair_leaves_it_to_its_own_clause(sentence: str, counts: tuple[int, int]) -> None:
    assert _tallies(sentence) == [(*counts, Outcome.CARRIED)]
