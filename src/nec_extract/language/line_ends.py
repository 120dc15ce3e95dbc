"""What a line end says: the writer's (a heading, an item, a closed sentence) or the page's width's. The width broke
a line only when the next line's first word would not have fitted on it, and a line that ends on a word no sentence
or heading ends on, or whose next line goes on in lower case, carries its sentence on; the width itself is read from
the lengths of the lines broken onto the next. The tests the readers of line ends ask: the one that reads a wrapped
page's forced breaks as spaces (``language.unwrap``), the one that keeps the lines of a paragraph from being read as
headings (``page.segment.wrapping``) and the one that tells a title over a line of "=" from a sentence broken there
(``language.marks``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary

# a line ending on an open word carries on only when it has this many words (not a menu's "Log in")
FEWEST_OPEN_WORDS = 4
# the next line carries the sentence on in lower case, perhaps after a quote or a bracket
LOWER_START = re.compile(r"\s*[\"“‘(]?[a-z]")
# a word runs to the next space or tab: a no-break space joins the words on either side, as a mail client keeps them
_WORD = re.compile(r"[^ \t]+")
# the width lines were broken at is read at this share of their lengths, over the few a long word pushed past it
_WIDTH_PERCENTILE = 0.9


def typical_width(lengths: Iterable[int]) -> int:
    """The width lines broken onto the next were cut at, from their lengths (at least one); whether the page was
    wrapped at it is the reader's to decide."""
    ordered = sorted(lengths)
    return ordered[int(_WIDTH_PERCENTILE * (len(ordered) - 1))]


def broken_for_width(line: str, following: str, width: int) -> bool:
    """The next line's first word would not have fitted on this one: the break is the width's, not the writer's."""
    text = line.rstrip()
    return bool(text.strip()) and next_word_overflows(len(text), following, width)


def next_word_overflows(length: int, following: str, width: int) -> bool:
    """The first word of ``following`` would not have fitted after ``length`` characters and a space."""
    first_word = _WORD.match(following.strip())
    return first_word is not None and length + 1 + len(first_word.group()) > width


def ends_on_an_open_word(text: str) -> bool:
    """A line of a few words broken off on a word no sentence or heading ends on ("and", "the", a comma, a bracket)."""
    return len(text.split()) >= FEWEST_OPEN_WORDS and ends_open(text)


def ends_open(text: str) -> bool:
    """The line ends on a comma, an opening bracket or a word no sentence or heading ends on, however many words."""
    return bool(_open_end().search(text))


@cache
def _open_end() -> re.Pattern[str]:
    return re.compile(rf"(?:[,(]|\b(?:{alternation(pages_vocabulary().open_line_endings)}))\s*$", re.IGNORECASE)
