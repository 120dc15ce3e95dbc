"""The determiners and pronouns the tally patterns read around an item ("carried the motion 23-1-2", "the vote on it
was nine to two", "two councillors on the committee voted against") are vocabulary in models/grammar.json, read by
the patterns. Sentences written for these tests in several registers; none is quoted from a real page or a probe.
"""

from __future__ import annotations

import re

import pytest

from nec_extract.extractors.votes.patterns import patterns, the_vote_was
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from support import Counts, tally_counts

_WORDS = grammar_vocabulary().decisions


@pytest.mark.parametrize("pronoun", _WORDS.vote_on_pronouns)
def test_the_vote_on_a_pronoun_was(pronoun: str) -> None:
    assert re.fullmatch(the_vote_was(), f"vote on {pronoun} was", re.IGNORECASE)


@pytest.mark.parametrize("said", ["vote on them was", "vote on its was"])
def test_not_the_vote_on_another_word(said: str) -> None:
    assert not re.fullmatch(the_vote_was(), said, re.IGNORECASE)


@pytest.mark.parametrize("determiner", _WORDS.verdict_object_determiners)
def test_a_verdict_and_its_object_named_with_a_determiner(determiner: str) -> None:
    assert patterns().verdict_and_item.search(f"Carried {determiner} motion")


@pytest.mark.parametrize("pronoun", _WORDS.verdict_object_pronouns)
def test_a_verdict_and_its_object_as_a_pronoun(pronoun: str) -> None:
    assert patterns().verdict_and_item.search(f"The branch agreed {pronoun}")


def test_no_verdict_object_without_a_determiner_or_a_pronoun() -> None:
    assert not patterns().verdict_and_item.search("Carried motion")


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        # NEC write-up: a pair in words after the vote on the item
        ("The vote on it was eleven to four.", (11, 4, None)),
        # union minutes: the verdict and its object before slashed counts
        ("Motion 3 (pay): carried it 12/3/1.", (12, 3, 1)),
        # an NEC write-up: the verdict and its object before dashed counts
        ("The meeting carried the motion 23-1-2.", (23, 1, 2)),
        # council minutes: the voters placed before their side
        (
            "Nine councillors on the committee voted for and two councillors on the committee voted against.",
            (9, 2, None),
        ),
    ],
)
def test_tallies_around_an_item(body: str, counts: Counts) -> None:
    assert tally_counts(body) == [counts]
