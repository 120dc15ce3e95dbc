"""Counts an item got, then told short of the qualified majority it needed ("It got 20 votes to 13, which was not
enough, and so falls", "The rule change received 16 votes to 11, short of the two-thirds it needed"): the tally is
defeated and its counts stay as written, the item's votes first. Before, the larger count read as a carried vote (or,
with "it fell" after, as the side against). Kind seen on tally29 dev d09 and tallied29 dev d02 (two writers).
Sentences written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes.tallies import sentence_tallies
from nec_extract.models import Outcome


def _tallies(sentence: str) -> list[tuple[int | None, int | None, Outcome]]:
    return [(t.for_, t.against, t.outcome) for t in sentence_tallies(sentence)]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # union executive report
        ("It got 16 votes to 11, which was short of the two-thirds needed, and so falls.", (16, 11)),
        # NEC write-up
        ("The rule change got 20 votes to 13, which was not enough, so it fell.", (20, 13)),
        # council minutes (a constitutional change needing two-thirds)
        ("The amendment to standing orders received 27 votes to 18, short of the two-thirds required.", (27, 18)),
        # news report
        ("The proposal secured 31 votes to 22 – below the two-thirds majority the rules demand.", (31, 22)),
    ],
)
def test_counts_short_of_the_majority_needed_are_a_defeat_as_written(sentence: str, counts: tuple[int, int]) -> None:
    assert _tallies(sentence) == [(*counts, Outcome.DEFEATED)]


@pytest.mark.parametrize(
    ("sentence", "tally"),
    [
        # "not enough" of something else, later in the sentence
        (
            "The motion got 14 votes to 3, though not enough members turned up to make it quorate next time.",
            (14, 3, Outcome.CARRIED),
        ),
        # a candidate's votes, not an item's
        ("Smith got 20 votes to Jones's 13, not enough to win outright.", (20, 13, Outcome.CARRIED)),
        # carried as said
        ("The motion got 20 votes to 13 and was carried.", (20, 13, Outcome.CARRIED)),
    ],
)
def test_other_counts_that_were_got_keep_their_reading(sentence: str, tally: tuple[int, int, Outcome]) -> None:
    assert _tallies(sentence) == [tally]
