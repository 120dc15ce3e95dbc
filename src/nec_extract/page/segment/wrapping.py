"""Lines that carry on a paragraph rather than stand alone: an e-mail or newsletter hard-wrapped at a fixed
width breaks its sentences across lines, and a wrapped line that happens to name a body and a date
("the women's conference (5-7 March, online).") is no heading.

A line carries on the paragraph above it when the line above ends mid-sentence and either ends on a word that
cannot end a heading ("and", "the", a comma), or this line opens in lower case, or the line above was broken
only because this line's first word would not fit the page's width. A line runs on into the one below when it
ends mid-sentence and ends on such a word, or the break splits a date, or a sentence ends inside it and
another begins, or it is as long as prose and the line below opens in lower case, or it has a finite verb ("The
minutes of 5 August were agreed") and the line below opens in lower case, or it fills the page's width and reads as
prose."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from nec_extract.language.calendar import MONTH_RE
from nec_extract.language.dates import find_candidates
from nec_extract.language.line_ends import (
    FEWEST_OPEN_WORDS,
    LOWER_START,
    broken_for_width,
    ends_on_an_open_word,
    typical_width,
)
from nec_extract.page.segment.lines import FINITE_BE, PROSE_CHARS, Line

_SENTENCE_END = re.compile(r"[.!?:;…][\"”’')\]]*\s*$")
# a sentence ends inside the line and another begins: "... meets in Nottingham. Local Government ..."
_INNER_BREAK = re.compile(r"[a-z)][.!?]\s+[A-Z]")
# a day or month ending a line, a month, a year or a day opening the next: perhaps a date the wrap split
_DATE_PART_END = re.compile(rf"(?:\d|\b{MONTH_RE})\s*$", re.IGNORECASE)
_DATE_PART_START = re.compile(rf"\s*(?:\d|{MONTH_RE}\b)", re.IGNORECASE)
_DATE_REACH = 30
_BYLINE_START = re.compile(r"\s*by\s", re.IGNORECASE)
# a page is hard-wrapped when at least this many of its lines broken straight onto another fill its width,
# and they are at least this share of such lines
_FEWEST_FULL_LINES = 3
_SHARE_FULL = 0.4
# a full line reaches this share of the width (read by line_ends.typical_width)
_FULL_SHARE = 0.75
# no one wraps prose narrower than this: a stack of short lines (a minutes header's body, meeting and day) is
# not a paragraph broken at their width
_NARROWEST_WRAP = 40
# a line that fills the width reads as prose when this share of its words open in lower case
_PROSE_LOWER_SHARE = 0.4


def carried_on_lines(lines: Sequence[Line]) -> set[int]:
    """The starts of the lines that carry on a paragraph (or run on into the next line): never headings."""
    width = wrap_width(lines)
    found: set[int] = set()
    for index, line in enumerate(lines):
        if not line.stripped:
            continue
        above = lines[index - 1] if index > 0 and lines[index - 1].stripped else None
        below = lines[index + 1] if index + 1 < len(lines) and lines[index + 1].stripped else None
        if (above and _carries_on(above, line, width)) or (below and _runs_on(line, below, width)):
            found.add(line.start)
    return found


def wrap_width(lines: Sequence[Line]) -> int | None:
    """The width a hard-wrapped page was broken at, or None when its lines were not broken at a width."""
    broken = [
        len(line.text.rstrip()) for line, following in itertools.pairwise(lines) if line.stripped and following.stripped
    ]
    if len(broken) < _FEWEST_FULL_LINES:
        return None
    width = typical_width(broken)
    if width < _NARROWEST_WRAP:
        return None
    full = sum(1 for length in broken if _FULL_SHARE * width <= length <= width)
    return width if full >= _FEWEST_FULL_LINES and full >= _SHARE_FULL * len(broken) else None


def _carries_on(above: Line, line: Line, width: int | None) -> bool:
    if _SENTENCE_END.search(above.text):
        return False
    if ends_on_an_open_word(above.text) or _splits_a_date(above, line):
        return True
    if LOWER_START.match(line.text) and _ends_mid_sentence(above):
        return True
    return _broken_for_width(above, line, width)


def _runs_on(line: Line, below: Line, width: int | None) -> bool:
    if _SENTENCE_END.search(line.text):
        return False
    if ends_on_an_open_word(line.text) or _splits_a_date(line, below):
        return True
    if _INNER_BREAK.search(line.text):  # "... meets in Nottingham. Local Government Committee\n6 June ..."
        return True
    if len(line.stripped) >= PROSE_CHARS and LOWER_START.match(below.text):
        return True
    if _a_clause_going_on(line, below):
        return True
    prose = LOWER_START.match(below.text) or _reads_as_prose(line.stripped)
    return _broken_for_width(line, below, width) and bool(prose)


def _a_clause_going_on(line: Line, below: Line) -> bool:
    """A line with a finite verb, broken before the rest of its sentence in lower case ("The minutes of the meeting
    held on 5 August 2025 were agreed" / "as a correct record ..."): a sentence, however short, never a title (a
    title's byline under it, "by Jo Bloggs", goes on nothing)."""
    return bool(LOWER_START.match(below.text) and not _BYLINE_START.match(below.text) and FINITE_BE.search(line.text))


def _splits_a_date(line: Line, below: Line) -> bool:
    """The break falls inside a date ("... Committee 6\nJune 2023", "3 March\n2023, and ...")."""
    if not (_DATE_PART_END.search(line.text) and _DATE_PART_START.match(below.text)):
        return False
    before, after = line.text.rstrip()[-_DATE_REACH:], below.text.lstrip()[:_DATE_REACH]
    joined = f"{before} {after}"
    return any(c.start < len(before) < c.end for c in find_candidates(joined, 0, len(joined), []))


def _ends_mid_sentence(line: Line) -> bool:
    """A line of prose broken off on a word in lower case or a comma (not a dateline, nor "Posted by admin")."""
    text = line.text.rstrip()
    return len(text.split()) >= FEWEST_OPEN_WORDS and (text[-1:].islower() or text.endswith(","))


def _broken_for_width(line: Line, following: Line, width: int | None) -> bool:
    """The break after ``line`` was forced: the next word would not have fitted the page's width."""
    return width is not None and broken_for_width(line.text, following.text, width)


def _reads_as_prose(text: str) -> bool:
    words = text.split()
    return sum(1 for word in words if word[:1].islower()) >= _PROSE_LOWER_SHARE * len(words)
