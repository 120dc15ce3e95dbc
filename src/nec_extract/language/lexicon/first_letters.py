"""A long regex alternation sorted by the letter each alternative can start with: the same matches, far less work.

In ``\\b(?:(a0)|(a1)|...)`` the engine tries every alternative at every word start: with 150 phrases that is
most of the cost of a sentence. When every alternative can start only with letters we can read off it,
``(?=[ac...])(?:(?=a)(?:(a0)|(a3))|(?=c)(?:(a1)|(a3))|...)`` tests one class of every first letter, where that
passes one look-ahead per letter, then tries only the alternatives that can start with the letter that is there.
Both find the same matches and pick the same alternative:

- at any place the text has one letter, so one branch at most can go on (the look-aheads cannot both match:
  the keys are distinct letters, and in lower case when the pattern ignores case);
- that branch holds, in their first order, every alternative that can start with that letter, and those that
  cannot start with it would have failed there anyway; backtracking tries them in the same order too.

An alternative's first letters are read from Python's own parse of it (``re._parser``). Only what the reading
knows is accepted: literals, classes of literals and small ranges, groups, branches, repeats and zero-width
assertions. Anything else (a ``.`` or ``\\w`` first, an alternative that may match nothing, a letter outside
ASCII, a group that turns on case-blindness) makes the plain alternation be used, with the same groups.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from nec_extract.language.lexicon.regex_tree import CODES, REPEATS, parse

_ZERO_WIDTH = {CODES.AT, CODES.ASSERT, CODES.ASSERT_NOT}
_WIDEST_RANGE = 64  # a class range wider than this is taken as "any letter"

Letters = frozenset[str] | None  # None: any letter, or not known


@dataclass(frozen=True)
class Alternation:
    """A regex alternation (a non-capturing group to put in a larger pattern) whose alternatives each have a
    named group, so that a match tells which one matched."""

    pattern: str
    alternative_of_group: dict[str, int]

    def alternative(self, match: re.Match[str]) -> int:
        """The number of the alternative that matched; the alternation must close the pattern's last group."""
        return self.alternative_of_group[str(match.lastgroup)]


def alternation_by_first_letter(alternatives: Sequence[str], flags: int, group: str = "alt") -> Alternation:
    """``(?:(?P<alt0>a0)|(?P<alt1>a1)|...)`` sorted under first letters when that is safe, as the module says.

    The alternatives must have no capturing groups of their own (one may be written twice in the result)."""
    parsed = [parse(alternative, flags) for alternative in alternatives]
    if any(tree.state.groups > 1 for tree in parsed):
        raise ValueError("alternatives with capturing groups cannot be told apart")
    by_letter = _by_letter(parsed, flags)
    if by_letter is None:
        names = {f"{group}{number}": number for number in range(len(alternatives))}
        return Alternation(_branches(alternatives, list(names)), names)
    names, branches = {}, []
    for letter, numbers in sorted(by_letter.items()):
        placed = [f"{group}{len(names) + k}" for k in range(len(numbers))]
        names.update(zip(placed, numbers, strict=True))
        branches.append(f"(?={re.escape(letter)}){_branches([alternatives[n] for n in numbers], placed)}")
    # one class of every first letter before the branches: where no alternative can start (most places of a text),
    # one test fails instead of one per letter
    any_first = "".join(re.escape(letter) for letter in sorted(by_letter))
    return Alternation(f"(?=[{any_first}])(?:{'|'.join(branches)})", names)


def _branches(alternatives: Sequence[str], names: Sequence[str]) -> str:
    named = (f"(?P<{name}>{alternative})" for name, alternative in zip(names, alternatives, strict=True))
    return f"(?:{'|'.join(named)})"


def _by_letter(parsed: list[Any], flags: int) -> dict[str, list[int]] | None:
    """For each letter, the alternatives that can start with it, in order; None when one's letters are not known."""
    by_letter: dict[str, list[int]] = {}
    for number, tree in enumerate(parsed):
        letters = _letters_of(tree, flags)
        if letters is None:
            return None
        for letter in letters:
            by_letter.setdefault(letter, []).append(number)
    return by_letter


def first_letters(pattern: str, flags: int = 0) -> Letters:
    """Every letter a match of ``pattern`` can start with (in lower case when ``flags`` ignore case), or None when
    that is not known: any letter may start it, it may match nothing, or a letter is not ASCII."""
    return _letters_of(parse(pattern, flags), flags)


def first_letters_ahead(pattern: str, flags: int = 0) -> str:
    """A look-ahead for the letters a match of ``pattern`` can start with, to put before it ("" when they are not
    known): at the many places no match can start, one test fails instead of every alternative of the pattern."""
    letters = first_letters(pattern, flags)
    if not letters:
        return ""
    return f"(?=[{''.join(re.escape(letter) for letter in sorted(letters))}])"


def _letters_of(parsed: Any, flags: int) -> Letters:
    if parsed.state.flags & ~re.UNICODE != flags & ~re.UNICODE:
        return None  # the pattern sets its own flags: "(?i)..."
    letters, may_be_empty = _sequence(list(parsed), flags)
    if letters is None or may_be_empty or not all(letter.isascii() for letter in letters):
        return None
    return frozenset(letter.lower() for letter in letters) if flags & re.IGNORECASE else letters


def _sequence(items: list[tuple[Any, Any]], flags: int) -> tuple[Letters, bool]:
    """The letters a run of items can start with, and whether the run may match nothing."""
    letters: set[str] = set()
    for code, argument in items:
        first, may_be_empty = _item(code, argument, flags)
        if first is None:
            return None, False
        letters |= first
        if not may_be_empty:
            return frozenset(letters), False
    return frozenset(letters), True


def _item(code: Any, argument: Any, flags: int) -> tuple[Letters, bool]:
    if code in _ZERO_WIDTH:
        return frozenset(), True
    if code is CODES.LITERAL:
        return frozenset(chr(argument)), False
    if code is CODES.IN:
        return _class(argument), False
    if code is CODES.SUBPATTERN:
        _, turned_on, _, items = argument
        if turned_on & re.IGNORECASE and not flags & re.IGNORECASE:
            return None, False
        return _sequence(list(items), flags)
    if code is CODES.ATOMIC_GROUP:
        return _sequence(list(argument), flags)
    if code is CODES.BRANCH:
        return _branch(argument[1], flags)
    if code in REPEATS:
        least, _, items = argument
        letters, may_be_empty = _sequence(list(items), flags)
        return letters, may_be_empty or least == 0
    return None, False


def _class(items: list[tuple[Any, Any]]) -> Letters:
    letters: set[str] = set()
    for code, argument in items:
        if code is CODES.LITERAL:
            letters.add(chr(argument))
        elif code is CODES.RANGE and argument[1] - argument[0] <= _WIDEST_RANGE:
            letters.update(chr(point) for point in range(argument[0], argument[1] + 1))
        else:
            return None  # a negated class, a category such as \w
    return frozenset(letters)


def _branch(branches: list[Any], flags: int) -> tuple[Letters, bool]:
    letters: set[str] = set()
    may_be_empty = False
    for items in branches:
        first, empty = _sequence(list(items), flags)
        if first is None:
            return None, False
        letters |= first
        may_be_empty = may_be_empty or empty
    return frozenset(letters), may_be_empty
