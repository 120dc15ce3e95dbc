"""Words every match of a regex contains: a cheap test that skips the regex on a text holding none of them.

A sentence scanned by a long pattern whose every match must hold "seconded" (or one of "moved", "proposed", ...)
costs a scan at every word; asking first whether the sentence holds one of those words costs a few substring tests.
:func:`required_words` reads the words off Python's own parse of the pattern (``re._parser``): a run of literal
characters every match goes through, or one such run of each alternative of a group every match goes through
(a group repeated at least once counts; one that may be skipped, a look-around, a class, does not).

The test is in lower case, and sound whatever the pattern's case flags (a case-sensitive literal is also found in
lower case): :func:`may_match` says False only when no match can exist.

- Only ASCII words are kept: a pattern ignoring case matches an ASCII letter only with itself in either case, or
  with four other characters (dotted and dotless I, long s, the Kelvin sign, listed in ``_FOLDS_INTO_ASCII``). A
  text holding any of those four is never skipped; in any other text, a match's letters lower-cased are the word's.
- ``str.lower`` keeps every other character in its place (only the dotted capital I grows into two), so a word
  found contiguous by the regex is found contiguous in the lowered text.
"""

from __future__ import annotations

import re
from typing import Any

from nec_extract.language.lexicon.regex_tree import CODES, REPEATS, parse

# the characters other than ASCII that a case-blind pattern may match with an ASCII letter (checked in the tests
# against every code point)
_FOLDS_INTO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")

Words = frozenset[str] | None  # None: no word is known that every match holds


def required_words(pattern: re.Pattern[str]) -> Words:
    """Words (lower case) of which every match of the pattern holds at least one, or None when none is known."""
    words = _sequence(list(parse(pattern.pattern, pattern.flags)))
    return frozenset(word.lower() for word in words) if words else None


def folded(text: str) -> str | None:
    """The text as :func:`may_match` reads it: lower case, or None when it holds a character that folds into an
    ASCII letter otherwise than by ``str.lower`` (then every pattern may match)."""
    return None if _FOLDS_INTO_ASCII.search(text) else text.lower()


def may_match(words: Words, text: str | None) -> bool:
    """False only when the text (from :func:`folded`) holds none of the words, so that the pattern cannot match."""
    return words is None or text is None or any(word in text for word in words)


def _sequence(items: list[tuple[Any, Any]]) -> Words:
    """The best set of words one of which a run of items must hold: the set whose shortest word is longest."""
    best: Words = None
    run: list[str] = []
    for code, argument in [*items, (None, None)]:
        if code is CODES.LITERAL and chr(argument).isascii():
            run.append(chr(argument))
            continue
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
        best = _better(best, _item(code, argument))
    return best


def _item(code: Any, argument: Any) -> Words:
    if code is CODES.SUBPATTERN:
        return _sequence(list(argument[3]))
    if code is CODES.ATOMIC_GROUP:
        return _sequence(list(argument))
    if code is CODES.BRANCH:
        branches = [_sequence(list(items)) for items in argument[1]]
        if any(words is None for words in branches):
            return None  # an alternative holds no known word: the group promises none
        return frozenset().union(*(words for words in branches if words))
    if code in REPEATS and argument[0] >= 1:
        return _sequence(list(argument[2]))
    return None  # a look-around, a class, a group that may be skipped: nothing every match must hold


def _better(best: Words, other: Words) -> Words:
    if not other:
        return best
    if not best or min(map(len, other)) > min(map(len, best)):
        return other
    return best
