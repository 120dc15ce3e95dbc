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

Each letter's branch is sorted the same way under the character after the letter (``(?=wa)``, ``(?=we)``) when
every alternative under it names the characters it can go on with. The letters' branches exclude each other, so
they are tried in the order English words most often start with them.

An alternative's first letters are read from Python's own parse of it (``re._parser``). Only what the reading
knows is accepted: literals, classes of literals and small ranges, groups, branches, repeats and zero-width
assertions. Anything else (a ``.`` or ``\\w`` first, an alternative that may match nothing, a letter outside
ASCII, a group that turns on case-blindness) makes the plain alternation be used, with the same groups; the same
after the first letter leaves that letter's branch unsorted by the next character.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
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
    """``(?:(?P<alt0>a0)|(?P<alt1>a1)|...)`` sorted under first letters, then second characters, when that is safe,
    as the module says.

    The alternatives must have no capturing groups of their own (one may be written twice in the result)."""
    parsed = [parse(alternative, flags) for alternative in alternatives]
    if any(tree.state.groups > 1 for tree in parsed):
        raise ValueError("alternatives with capturing groups cannot be told apart")
    known = [_starts_of(tree, flags, 2) for tree in parsed]
    starts = [found for found in known if found is not None]
    if len(starts) < len(alternatives):
        return plain_alternation(alternatives, group)
    names: dict[str, int] = {}

    def place(numbers: list[int]) -> str:
        placed = [f"{group}{len(names) + k}" for k in range(len(numbers))]
        names.update(zip(placed, numbers, strict=True))
        return _branches([alternatives[n] for n in numbers], placed)

    letters = sorted({start[0] for found in starts for start in found}, key=_often_first)
    branches = [f"(?={re.escape(letter)}){_under_second(letter, starts, place)}" for letter in letters]
    # one class of every first letter before the branches: where no alternative can start (most places of a text),
    # one test fails instead of one per letter
    any_first = "".join(re.escape(letter) for letter in sorted(letters))
    return Alternation(f"(?=[{any_first}])(?:{'|'.join(branches)})", names)


def plain_alternation(alternatives: Sequence[str], group: str = "alt") -> Alternation:
    """``(?:(?P<alt0>a0)|(?P<alt1>a1)|...)`` as given: the same matches as sorted, each alternative written once. For a
    few long alternatives that can start with many letters, which sorting would copy under each of them: that pattern
    costs more to compile than it saves where it is searched seldom."""
    names = {f"{group}{number}": number for number in range(len(alternatives))}
    return Alternation(_branches(alternatives, list(names)), names)


def _under_second(letter: str, starts: list[frozenset[str]], place: Callable[[list[int]], str]) -> str:
    """The alternatives that can start with ``letter``, sorted under the character after it when each of them names
    the characters it can go on with (else, copied under every character, they would make the pattern much longer)."""
    numbers = [n for n, found in enumerate(starts) if any(start[0] == letter for start in found)]
    if any(letter in starts[n] for n in numbers):
        return place(numbers)
    seconds = sorted({start[1] for n in numbers for start in starts[n] if start[0] == letter})
    branches = [
        f"(?={re.escape(letter + second)})" + place([n for n in numbers if letter + second in starts[n]])
        for second in seconds
    ]
    return f"(?:{'|'.join(branches)})"


def _branches(alternatives: Sequence[str], names: Sequence[str]) -> str:
    named = (f"(?P<{name}>{alternative})" for name, alternative in zip(names, alternatives, strict=True))
    return f"(?:{'|'.join(named)})"


def first_letters(pattern: str, flags: int = 0) -> Letters:
    """Every letter a match of ``pattern`` can start with (in lower case when ``flags`` ignore case), or None when
    that is not known: any letter may start it, it may match nothing, or a letter is not ASCII."""
    starts = _starts_of(parse(pattern, flags), flags, 1)
    return None if starts is None else frozenset(start[0] for start in starts)


def first_letters_ahead(pattern: str, flags: int = 0) -> str:
    """A look-ahead for the letters a match of ``pattern`` can start with, to put before it ("" when they are not
    known): at the many places no match can start, one test fails instead of every alternative of the pattern."""
    letters = first_letters(pattern, flags)
    if not letters:
        return ""
    return f"(?=[{''.join(re.escape(letter) for letter in sorted(letters))}])"


def _often_first(letter: str) -> tuple[int, str]:
    """The order the letters' branches are tried in: the letters most English words start with first (the branches
    exclude each other, so their order changes no match; only how many look-aheads a place tries)."""
    at = _OFTEN_FIRST.find(letter)
    return (at if at >= 0 else len(_OFTEN_FIRST), letter)


_OFTEN_FIRST = "tawcsoimpbfrnhldegvujykqxz"

# What a run of a pattern's items can start with, as strings of at most ``width`` characters: those after which any
# character may follow (or as long as asked), and those after which the run may end ("" when it may match nothing).
Starts = tuple[frozenset[str], frozenset[str]]


def _starts_of(parsed: Any, flags: int, width: int) -> frozenset[str] | None:
    """The strings of up to ``width`` characters a match can start with (a shorter one: any character may follow
    it), in lower case when ``flags`` ignore case; None when its first letter is not known (see :func:`first_letters`).
    A character outside ASCII ends a string: what follows it is taken as not known."""
    if parsed.state.flags & ~re.UNICODE != flags & ~re.UNICODE:
        return None  # the pattern sets its own flags: "(?i)..."
    run = _run(list(parsed), flags, width)
    if run is None or "" in run[1]:
        return None
    starts = {re.sub(r"[^\x00-\x7f].*", "", start, flags=re.DOTALL) for start in run[0] | run[1]}
    if "" in starts:
        return None
    return frozenset(start.lower() for start in starts) if flags & re.IGNORECASE else frozenset(starts)


def _run(items: list[tuple[Any, Any]], flags: int, width: int) -> Starts | None:
    """The starts of a run of items, or None when its first character is not known."""
    closed: set[str] = set()
    ends = {""}
    for code, argument in items:
        if not ends:
            break
        item = _item(code, argument, flags, width)
        if item is None:
            if "" in ends:
                return None
            closed |= ends  # what comes next is not known: any character may follow
            break
        following: set[str] = set()
        for before in ends:
            closed.update((before + start)[:width] for start in item[0])
            for start in item[1]:
                joined = before + start
                (following if len(joined) < width else closed).add(joined[:width])
        ends = following
    return frozenset(closed), frozenset(ends)


def _item(code: Any, argument: Any, flags: int, width: int) -> Starts | None:
    if code in _ZERO_WIDTH:
        return frozenset(), frozenset({""})
    if code is CODES.LITERAL:
        return frozenset(), frozenset({chr(argument)})
    if code is CODES.IN:
        letters = _class(argument)
        return None if letters is None else (frozenset(), letters)
    if code is CODES.SUBPATTERN:
        _, turned_on, _, items = argument
        if turned_on & re.IGNORECASE and not flags & re.IGNORECASE:
            return None
        return _run(list(items), flags, width)
    if code is CODES.ATOMIC_GROUP:
        return _run(list(argument), flags, width)
    if code is CODES.BRANCH:
        return _branch(argument[1], flags, width)
    if code in REPEATS:
        return _repeat(argument, flags, width)
    return None


def _branch(branches: list[Any], flags: int, width: int) -> Starts | None:
    runs = [_run(list(items), flags, width) for items in branches]
    known = [run for run in runs if run is not None]
    if len(known) < len(runs):
        return None
    return frozenset().union(*(run[0] for run in known)), frozenset().union(*(run[1] for run in known))


def _repeat(argument: tuple[int, int, Any], flags: int, width: int) -> Starts | None:
    least, most, items = argument
    run = _run(list(items), flags, width)
    if run is None:
        return None
    closed, ends = run
    if most > 1:  # another time round may follow one: what comes after it is not known
        closed, ends = closed | (ends - {""}), ends & {""}
    return closed, ends | ({""} if least == 0 else frozenset())


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
