"""Words a line end broke with a hyphen, as a PDF's text or a justified e-mail has them ("the recom-" / "mendation
was agreed", "Wolver-" / "hampton"), read whole. One character for one, so every offset still points into the page:
the reading copy writes the word's letters together, with what follows it up to the next space (its comma, its full
stop), and the characters the break took (the hyphen, the line end) as spaces after them ("the recommendation   was
agreed"), or before them when a capital follows, so that a name reads on ("and   Geraldine McAllister"). A span the
stages start or end at the word (or at its full stop) starts and ends, in the page, where the broken word does
(:func:`word_start`, :func:`word_end`).

A hyphenated compound the line end fell in ("co-" / "chair", "Labour-" / "run", "Okonkwo-" / "Reilly") keeps its
hyphen and loses only the line end ("the co-chair  spoke"). The page itself tells which is which where it writes the
word elsewhere, whole or with its hyphen; else a compound is one whose second part opens with a capital, whose first
part is an acronym, whose two parts the page writes as words of their own, or whose first part is one of a few words
compounds open with ("co", "by", "self", "non") or whose last part one of a few they close with ("based", "led",
"wing"), as ``models/pages.json`` lists them; any other is a word broken for the width. A dash after a space ("the
vote -" / "20 to 3") and a figure ("20-" / "10") are no words."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.lexicon.pages import pages_vocabulary

# letters, a hyphen at the line's end, and letters opening the next line; not a part of a longer compound
# ("pro-Labour-" / "run"); then what follows up to the next space. The hyphen may be a soft one or U+2010, as PDF text
# has them.
_BREAK = re.compile(r"(?<![\w-])([^\W\d_]{2,})[-\u00ad\u2010][ \t]*\n[ \t]*([^\W\d_]+)(\S*)")
# a compound's last part follows a word, not a prefix a broken word opens with ("un-" / "affiliated")
_SHORTEST_FIRST_PART = 3
# the next word opens with a capital: the broken word may be a name's first part ("Gerald-" / "ine McAllister")
_NEXT_CAPITAL = re.compile(r"[ \t]+[A-Z]")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def whole_words(lined: str, copy: str) -> str:
    """``copy`` (``lined`` with some line ends read as spaces) with each word ``lined`` breaks across a line end
    written whole."""
    breaks = list(_BREAK.finditer(lined))
    if not breaks:
        return copy
    written = _words_written(_BREAK.sub(" ", lined))
    characters = list(copy)
    end = 0
    for found in breaks:
        if found.start() < end:
            continue  # a word broken over three lines: its first break is read
        first, second = found.group(1), found.group(2)
        word = f"{first}-{second}" if _compound(first, second, written) else first + second
        start, end = found.span()
        whole = word + copy[found.start(3) : end]
        padding = " " * (end - start - len(whole))
        before_a_name = _NEXT_CAPITAL.match(lined, end) is not None
        characters[start:end] = padding + whole if before_a_name else whole + padding
    return "".join(characters)


def word_start(page: str, copy: str, start: int) -> int:
    """Where, in the page, the word starts that the copy starts at ``start``: further back when the copy wrote a
    broken word whole there."""
    while start > 0 and copy[start - 1] == " " and _of_a_word(page[start - 1]):
        start -= 1
    return start


def word_end(page: str, copy: str, end: int) -> int:
    """Where, in the page, the word ends that the copy ends at ``end``: further on when the copy wrote a broken word
    whole there."""
    while end < len(copy) and copy[end] == " " and _of_a_word(page[end]):
        end += 1
    return end


# marks the reading copy blanks for other reasons ("**26 September 2023**", "## Title"): never part of a word
_MARKUP = frozenset("*_#>=~`|")


def _of_a_word(character: str) -> bool:
    """A character of the page a broken word's letters, hyphen or stop can stand on (not a space, nor markup)."""
    return not character.isspace() and character not in _MARKUP


def _words_written(page: str) -> frozenset[str]:
    """Every word the page (its broken words left out) writes, compounds with their hyphens, case-folded."""
    return frozenset(word.casefold() for word in _WORD.findall(page))


def _compound(first: str, second: str, written: frozenset[str]) -> bool:
    hyphenated, joined = f"{first}-{second}".casefold(), (first + second).casefold()
    if hyphenated in written or joined in written:
        return hyphenated in written
    if second[0].isupper() or any(letter.isupper() for letter in first[1:]):
        return True  # "Okonkwo-" / "Reilly", "NEC-" / "endorsed"
    if first.casefold() in written and second.casefold() in written:
        return True  # both parts are words the page writes ("faith-" / "based"): a broken word's seldom are
    first_parts, last_parts = _compound_parts()
    return first.casefold() in first_parts or (len(first) >= _SHORTEST_FIRST_PART and second in last_parts)


@cache
def _compound_parts() -> tuple[frozenset[str], frozenset[str]]:
    vocabulary = pages_vocabulary()
    return frozenset(vocabulary.compound_first_parts), frozenset(vocabulary.compound_last_parts)
