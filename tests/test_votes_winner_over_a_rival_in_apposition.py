"""A contest the meeting decided, told by its winner defeating a rival named by their post, the person in
apposition (SPEC Rulings: an election between two candidates is a tally, the winner's votes "for"): "defeated the
deputy leader, Cllr X, by 20 votes to 15" is for 20, against 15. Defeating an item named by a post-like word is
still a defeat. Sentences written for these tests; none is quoted from a real page or a probe page.
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
        # council news
        ("Cllr Hale defeated the deputy leader, Cllr Nora Quint, by 22 votes to 17.", (22, 17)),
        # union executive, the participle
        ("Rosa Bain was elected president, beating the outgoing vice-president, Abe Lutz, by 31 to 26.", (31, 26)),
        # CLP minutes, a two-word post
        ("Kit Moyo beat the sitting chief whip, Cllr Dan Ekwe, by 9 votes to 6.", (9, 6)),
    ],
)
def test_the_winner_has_the_larger_count(sentence: str, counts: tuple[int, int]) -> None:
    assert _tallies(sentence) == [(*counts, Outcome.CARRIED)]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # an item defeated, the speaker after a comma: the defeat is the item's
        ("Councillors defeated the motion, Cllr Hale said, by 30 votes to 12.", (12, 30)),
        ("The branch defeated the amendment by 14 votes to 5.", (5, 14)),
    ],
)
def test_an_item_defeated_keeps_the_defeat(sentence: str, counts: tuple[int, int]) -> None:
    assert _tallies(sentence) == [(*counts, Outcome.DEFEATED)]
