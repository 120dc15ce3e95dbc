"""A side of a tally named again: "For: 27 / Against: 3 ... The three against were A, B and C." The definite count
points back to a tally already given; it is no tally of its own."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.votes.patterns import side_labels
from nec_extract.extractors.votes.tally import field_of, label_of
from nec_extract.language.numbers import count_pattern, count_value
from nec_extract.models import Vote


@cache
def _definite_side() -> re.Pattern[str]:
    """ "the three against", "The two who abstained", "the 12 who voted for": a count with "the" before it."""
    return re.compile(
        rf"\bthe\s+(?P<n>{count_pattern()})\s+(?:(?:who|that)\s+(?:had\s+)?(?:voted\s+)?)?(?P<side>{side_labels()})\b",
        re.IGNORECASE,
    )


def without_sides_named_again(votes: list[Vote]) -> list[Vote]:
    """The tallies less those that only name again, by a definite count, a side of a tally told before."""
    kept: list[Vote] = []
    for vote in votes:
        if not _names_a_side_told_before(vote, kept):
            kept.append(vote)
    return kept


def _names_a_side_told_before(vote: Vote, before: list[Vote]) -> bool:
    counts = [vote.for_, vote.against, vote.abstentions]
    if vote.unanimous or sum(c is not None for c in counts) != 1:
        return False
    match = _definite_side().search(vote.evidence.text)
    if match is None:
        return False
    field, n = field_of(label_of(match["side"])), count_value(match["n"])
    return getattr(vote, field) == n and any(getattr(earlier, field) == n for earlier in before)
