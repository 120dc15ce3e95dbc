"""A word list as a prefix tree matches exactly what the plain alternation matches, preferring the same word."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.trie import trie_alternation
from nec_extract.language.people.titles import role_heads, role_words

# what may follow the alternation where it is used: a word boundary, a name after spaces, a hyphen run ...
CONTEXTS = [
    r"(?:{})",
    r"\b(?:{})\b",
    r"(?:{})[ \t]+(?P<name>[A-Z][a-z]+)",
    r"(?:(?:{})[ \t-]+)*(?:{})s?\b",
    r"(?P<word>{})(?!\w)",
]

# few letters, short words: words that share starts, and texts that hold them, come often
WORDS = st.lists(st.from_regex(r"[aAb-]{1,3}( a)?", fullmatch=True), min_size=1, max_size=6)
TEXT = st.text(alphabet="aAb- \tX", min_size=1, max_size=30)


def _matches(pattern: str, text: str, flags: int) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in re.finditer(pattern, text, flags)]


def _assert_same(words: list[str], text: str) -> None:
    plain, tree = alternation(words), trie_alternation(words)
    for context in CONTEXTS:
        for flags in (0, re.IGNORECASE):
            expected = _matches(context.format(plain, plain), text, flags)
            assert _matches(context.format(tree, tree), text, flags) == expected, (words, text, context, flags)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(WORDS, TEXT)
@example(["Ab", "abc"], "abc")
def test_the_tree_matches_as_the_alternation_does(words: list[str], text: str) -> None:
    _assert_same(words, text)


def test_longer_words_are_preferred_and_shorter_ones_tried_after() -> None:
    words = ["chair", "chairperson", "co-chair", "vice chair", "vice"]
    assert trie_alternation(words) == r"c(?:hair(?:person|)|o\-chair)|vice(?:\s+chair|)"
    for text in ("the chairperson spoke", "vice  chair Ann Reyes", "vice-chair", "Co-Chair Jo Bloggs", "chairs"):
        _assert_same(words, text)


def test_the_role_vocabulary_matches_as_before_on_our_sentences() -> None:
    words, heads = list(role_words()), list(role_heads())
    assert trie_alternation(words) != alternation(words)  # a tree indeed, not the fallback
    sentences = [
        "The General Secretary Dylan Pryce and the Deputy Leader Ann Reyes spoke; Vice-Chair Tom Hale agreed.",
        "Chair: Mina Holloway. Treasurer – Rosa Linton. Cochair Jo Bloggs and the Branch Secretary's report.",
        "our co-ordinator, Sam Hale, and the membership secretary Lee Cole (Equalities Officer) attended.",
    ]
    for text in sentences:
        for plain, tree in (
            (alternation(words), trie_alternation(words)),
            (alternation(heads), trie_alternation(heads)),
        ):
            for context in CONTEXTS[:3]:
                assert _matches(context.format(tree), text, re.I) == _matches(context.format(plain), text, re.I)


def test_words_a_case_blind_pattern_could_confuse_keep_the_plain_alternation() -> None:
    assert trie_alternation(["Kab", "kabc"]) == alternation(["Kab", "kabc"])
    assert trie_alternation(["café", "cafe"]) == alternation(["café", "cafe"])
    assert trie_alternation([]) == alternation([])
