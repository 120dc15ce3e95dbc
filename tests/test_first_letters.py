"""An alternation sorted by first letters matches what the plain alternation matches, with the same alternative."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from nec_extract.extractors.votes.outcomes import (
    _gated_alternation,
    _gated_phrases,
    _outcome_phrases,
    _phrase_alternation,
    outcome_regex,
)
from nec_extract.language.lexicon.first_letters import (
    Alternation,
    alternation_by_first_letter,
    first_letters,
    first_letters_ahead,
    plain_alternation,
)
from nec_extract.language.text import split_sentences
from nec_extract.reading.inputs import load_text

SHARED = Path(__file__).resolve().parents[2] / "shared"

# where an alternation may stand in a larger pattern (it closes the pattern's last group)
CONTEXTS = [r"\b{}\b", "{}", r"{}\s+b", r"(?<=\s){}", r"(?:x\s)?{}(?!a)"]


def _plain(alternatives: list[str]) -> Alternation:
    names = {f"alt{number}": number for number in range(len(alternatives))}
    return Alternation("(?:" + "|".join(f"(?P<alt{n}>{a})" for n, a in enumerate(alternatives)) + ")", names)


def _found(alternation: Alternation, context: str, text: str, flags: int) -> list[tuple[tuple[int, int], int]]:
    pattern = re.compile(context.format(alternation.pattern), flags)
    return [(match.span(), alternation.alternative(match)) for match in pattern.finditer(text)]


def _assert_same(alternatives: list[str], text: str) -> None:
    for flags in (0, re.IGNORECASE):
        sorted_ = alternation_by_first_letter(alternatives, flags)
        for context in CONTEXTS:
            expected = _found(_plain(alternatives), context, text, flags)
            assert _found(sorted_, context, text, flags) == expected, (alternatives, text, context, flags)


# pieces of alternatives: literals of both cases, classes, optional and repeated parts, look-arounds, and pieces
# whose first letter is not known (\w, ".", an empty match), which must make the plain alternation be used
PIECES = ["a", "b", "A", "K", "ab", "ba", "(?:a|bb)", "(?:ab )?", "[ab]", "[A-B]", "(?<=a )", "(?=b)", "b*"]
PIECES += [r"(?:a\s+)?", "a{0,2}", "(?i:b)", "(?-i:A)", "(?>ab)", r"\w", ".", "a?"]
ALTERNATIVES = st.lists(st.lists(st.sampled_from(PIECES), min_size=1, max_size=3).map("".join), min_size=1, max_size=6)
# the Kelvin sign and the long s match "k" and "s" when case is ignored
TEXT = st.text(alphabet="aAbBkK\u212a\u017fsx \t", min_size=1, max_size=24)


@settings(max_examples=400, derandomize=True, deadline=None)
@given(ALTERNATIVES, TEXT)
@example(["ab", "a"], "ab a b")
@example(["(?<=a )b", "(?:ab )?b", "b"], "a b ab b")
@example(["K", "k"], "k K \u212a")
@example(["a", "Ab"], "ab")
@example(["ab", "a[ab]", r"a\w", "b"], "ab aa ax b")
@example(["ak", "aK", "a\u212a", "as", "a\u017f"], "ak aK a\u212a as aS a\u017f")
def test_sorted_alternation_matches_as_the_plain_one(alternatives: list[str], text: str) -> None:
    _assert_same(alternatives, text)


def test_first_letters_of_patterns() -> None:
    assert first_letters("carried") == {"c"}
    assert first_letters(r"(?:was\s+)?carried") == {"w", "c"}
    assert first_letters("(?<=was )left") == {"l"}
    assert first_letters("[A-C]x", re.IGNORECASE) == {"a", "b", "c"}
    assert first_letters("Passed", re.IGNORECASE) == {"p"}
    assert first_letters("Passed") == {"P"}


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [(r"\w+ed", 0), (".x", 0), ("a?", 0), ("(?:b)*", 0), ("[^a]b", 0), ("élu", 0), ("(?i:a)b", 0), ("(?i)ab", 0)],
)
def test_first_letters_unknown(pattern: str, flags: int) -> None:
    assert first_letters(pattern, flags) is None


def test_a_letters_alternatives_are_sorted_under_the_next_character() -> None:
    alternatives = ["was carried", "were lost", "(?:went|won)", "fell", r"f\w+ed"]
    sorted_ = alternation_by_first_letter(alternatives, re.IGNORECASE)
    assert sorted_.pattern.startswith("(?=[fw])(?:(?=w)(?:(?=wa)")  # "w" first: more words start with it
    assert "(?=we)" in sorted_.pattern and "(?=wo)" in sorted_.pattern
    # "f\w+ed" does not name its second character: the "f" branch is not sorted under it
    assert "(?=f)(?:(?P<" in sorted_.pattern
    text = "It was carried, the rest were lost; one went, one walked, one fell, one failed."
    for context in CONTEXTS:
        expected = _found(_plain(alternatives), context, text, re.IGNORECASE)
        assert _found(sorted_, context, text, re.IGNORECASE) == expected


def test_an_unknown_first_letter_keeps_the_plain_alternation() -> None:
    assert alternation_by_first_letter(["a", r"\w"], 0) == _plain(["a", r"\w"])


def test_the_plain_alternation_as_given() -> None:
    assert plain_alternation(["carried", r"\w+ly won"]) == _plain(["carried", r"\w+ly won"])


def test_alternatives_with_groups_are_refused() -> None:
    with pytest.raises(ValueError, match="capturing groups"):
        alternation_by_first_letter(["(a)b"], 0)


def test_outcome_phrases_are_sorted_by_first_letter() -> None:
    """The outcomes' phrases all have known first letters: if one did not, the speed-up would quietly go."""
    assert outcome_regex().pattern.startswith(r"\b(?=[")
    assert len(set(_phrase_alternation().alternative_of_group.values())) == len(_outcome_phrases())


OWN_SENTENCES = [
    "The motion was carried by 12 votes to 3, and the amendment fell.",
    "Members voted against it, so the proposal did not pass.",
    "It was left with the officers to bring back to the next meeting.",
    "The vote was in favour of the motion; the rival amendment was lost.",
    "Only a handful of delegates raised their hands for it.",
    "Councillors voted unanimously in favour. The report was noted and referred back.",
]


def _shared_sentences() -> list[str]:
    texts = [load_text(path.read_bytes(), path.name).text for path in sorted(SHARED.glob("corpus*/*.txt"))]
    return [sentence.text for text in texts for sentence in split_sentences(text, 0, len(text))]


def test_outcome_phrases_match_as_before_on_our_sentences() -> None:
    phrases = [phrase for phrase, _ in _outcome_phrases()]
    for sentence in OWN_SENTENCES:
        expected = _found(_plain(phrases), r"\b{}\b", sentence, re.IGNORECASE)
        assert expected
        assert _found(_phrase_alternation(), r"\b{}\b", sentence, re.IGNORECASE) == expected


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared corpus (../shared) is not beside the checkout")
def test_outcome_phrases_match_as_before_on_the_shared_pages() -> None:
    phrases = [phrase for phrase, _ in _outcome_phrases()]
    plain, sorted_ = re.compile(rf"\b{_plain(phrases).pattern}\b", re.IGNORECASE), outcome_regex()
    for sentence in _shared_sentences():
        expected = [(m.span(), int(str(m.lastgroup)[3:])) for m in plain.finditer(sentence)]
        found = [(m.span(), _phrase_alternation().alternative(m)) for m in sorted_.finditer(sentence)]
        assert found == expected, sentence


GATED_SENTENCES = [
    "Most members backed it, and a clear majority were against the amendment.",
    "The rule change squeaked through by two votes; the second was narrowly won.",
    "The proposal was quietly dropped and the plan was swiftly vetoed.",
    "Only a handful of delegates supported it. Nobody opposed the report.",
    "The most recent motion was backed last year, and we ploughed through the agenda.",
]


def test_gated_phrases_plain_match_as_sorted() -> None:
    """The gated phrases are kept plain (sorted, each long phrase would be copied under many letters): the same
    matches, the same alternative, as sorted under their first letters."""
    phrases = [phrase for phrase, _ in _gated_phrases()]
    sorted_ = alternation_by_first_letter(phrases, re.IGNORECASE, group="g")
    assert len(_gated_alternation().pattern) < len(sorted_.pattern) / 4
    found = [_found(_gated_alternation(), r"\b{}\b", sentence, re.IGNORECASE) for sentence in GATED_SENTENCES]
    assert all(found[:4])
    assert found == [_found(sorted_, r"\b{}\b", sentence, re.IGNORECASE) for sentence in GATED_SENTENCES]


def test_a_look_ahead_for_the_first_letters() -> None:
    assert first_letters_ahead("carried|lost") == "(?=[cl])"
    assert first_letters_ahead("Carried|lost", re.IGNORECASE) == "(?=[cl])"
    assert first_letters_ahead(r"\w+|lost") == ""  # any letter may start it: no look-ahead
