"""The words every match of a regex holds: a text without them has no match, whatever its case."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from nec_extract.extractors.motions.sentence.people import _people_patterns, find_people
from nec_extract.extractors.votes.outcomes import outcome_regex
from nec_extract.language.lexicon.required_words import _FOLDS_INTO_ASCII, folded, may_match, required_words
from nec_extract.language.text import split_sentences

SHARED = Path(__file__).resolve().parents[2] / "shared"


def test_words_of_a_run_of_letters_and_of_each_alternative() -> None:
    assert required_words(re.compile(r"\bseconded\s+by\s+[A-Z]")) == {"seconded"}
    assert required_words(re.compile(r"(?:moved|Proposed)\s+by")) == {"moved", "proposed"}
    assert required_words(re.compile(r"(?i:put)(?:\s+an?)+\s+motion")) == {"motion"}
    assert required_words(re.compile(r"(?:x\s)*(?:passed|carried)\b", re.IGNORECASE)) == {"passed", "carried"}
    assert required_words(re.compile("’s\\s+report")) == {"report"}  # a letter outside ASCII is no word


def test_nothing_known_where_a_match_may_skip_every_word() -> None:
    assert required_words(re.compile(r"(?:moved|)\s+by")) == {"by"}
    assert required_words(re.compile(r"(?:moved)?\s*[A-Z]\w+")) is None
    assert required_words(re.compile(r"(?=seconded)\w+")) is None  # a look-ahead is no part of the match
    assert required_words(re.compile(r"[’']s\s")) == {"s"}  # the class is no word, the letter after it is
    assert required_words(re.compile(r"\d+")) is None


def test_a_text_without_the_words_is_skipped_with_either_case() -> None:
    words = required_words(re.compile(r"seconded\s+by", re.IGNORECASE))
    assert may_match(words, folded("It was SECONDED BY Ann Lee."))
    assert may_match(words, folded("Seconded by Ann Lee."))
    assert not may_match(words, folded("Moved by Ann Lee, then agreed."))
    assert may_match(None, folded("any text at all"))


def test_a_text_with_a_letter_folding_into_ascii_is_never_skipped() -> None:
    pattern = re.compile("seconded", re.IGNORECASE)
    long_s = "\u017feconded by Ann Lee"  # a long s, which the pattern matches as "s"
    assert pattern.search(long_s) and folded(long_s) is None
    assert may_match(required_words(pattern), folded(long_s))


def test_the_letters_folding_into_ascii_are_all_listed() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    folding = {chr(c) for c in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(c))}
    assert folding == {c for c in "\u0130\u0131\u017f\u212a" if _FOLDS_INTO_ASCII.fullmatch(c)}
    # and lower case keeps every other character in its place
    assert all(len(chr(c).lower()) == 1 for c in range(sys.maxunicode + 1) if chr(c) != "\u0130")


def _sentences() -> list[str]:
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in sorted((SHARED / "corpus").glob("*.txt"))]
    return [s.text for text in texts for s in split_sentences(text, 0, len(text))]


def test_no_sentence_with_a_match_is_skipped() -> None:
    patterns = [regex for _, regex in _people_patterns()] + [outcome_regex()]
    for pattern in patterns:
        words = required_words(pattern)
        for sentence in _sentences():
            if pattern.search(sentence):
                assert may_match(words, folded(sentence)), (pattern.pattern[:80], sentence)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Jo Hart", "moved", "Seconded", "by", "I", "and", "PROPOSED", "(mover)", "s", " ", ", "]),
        max_size=12,
    )
)
def test_no_pattern_match_is_skipped_in_mixed_phrases(parts: list[str]) -> None:
    text = " ".join(parts)
    lowered = folded(text)
    for _, pattern in _people_patterns():
        if pattern.search(text):
            assert may_match(required_words(pattern), lowered)


def test_movers_and_seconders_are_still_found() -> None:
    people = find_people("The motion, moved by Jo Hart and seconded by Sam Lee, was carried.")
    assert (people.movers, people.seconders) == (["Jo Hart"], ["Sam Lee"])
    assert find_people("Proposed: Ann Lee. Seconded: Raj Dev.").seconders == ["Raj Dev"]
    assert not find_people("The branch agreed to write to the council.").introduced
