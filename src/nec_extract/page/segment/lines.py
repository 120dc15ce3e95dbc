"""The lines of a page and what they look like: a heading standing alone, a sentence of prose, a list item."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from nec_extract.language.lexicon import alternation, pattern_alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.language.list_items import PARAGRAPH_PART_NUMBER

_LINE = re.compile(r"[^\n]*")
_WORDS = pages_vocabulary()
_BUTTONS = pattern_alternation([*_WORDS.print_and_email_buttons, *_WORDS.single_buttons])
# (?<!\s) anchors the match at the end of the last word: a line of spaces cannot make it quadratic
_CLUTTER_SUFFIX = re.compile(rf"(?<!\s)\s*(?:{_BUTTONS})\s*$", re.IGNORECASE)
_TABLE_ROW = re.compile(r"\S(?:[^\S\n]{3,}|\t)\S")
_BULLET = re.compile(r"^\s*(?:[•*·▪–-]|\d+[.)])\s")
# "4.1 Two nominations ...", "(b) ...": a sub-numbered item
_SUB_ITEM = re.compile(rf"^\s*(?:{PARAGRAPH_PART_NUMBER}|\(?[a-z]\))\s")
# "Item 2 – Minutes of 3 October 2023", "Agenda item 4: Treasurer's report": a minutes' labelled agenda item, like a
# numbered one part of the minutes it is in
_AGENDA_ITEM = re.compile(
    rf"^\s*(?:{alternation(_WORDS.agenda_item_labels)})\s+\d+(?:\.\d+)*[a-z]?\s*[–—:.)-]\s", re.IGNORECASE
)
# "Q: Did the NEC agree a position?", "A: Yes.": a line of a Q&A write-up, like a list item part of the account
_INTERVIEW_LINE = re.compile(rf"^\s*(?:{pattern_alternation(_WORDS.interview_labels)})\s", re.IGNORECASE)
_LONGEST_HEADING_CHARS = 160
_LONGEST_HEADING_WORDS = 22
# a heading may end with a full stop when it is this short
_SHORT_HEADING_WORDS = 6
PROSE_CHARS = 80
PROSE_WORDS = 8


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def text_start(self) -> int:
        """Where the line's text starts, after its indentation."""
        return self.start + len(self.text) - len(self.text.lstrip())


def lines_of(page: str) -> Iterator[Line]:
    for match in _LINE.finditer(page):
        if match.start() == match.end() and match.start() > 0 and page[match.start() - 1] != "\n":
            continue
        yield Line(match.start(), match.end(), match.group())


@lru_cache(maxsize=8192)
def clean_title(line: str) -> str:
    """The line without the buttons a blog engine puts after a title ("Print E-mail"); asked often of the
    same line, so kept."""
    return _CLUTTER_SUFFIX.sub("", line.strip()).strip()


def is_heading_like(line: str) -> bool:
    """A short line standing alone, not a sentence of prose or a list item."""
    text = clean_title(line)
    words = text.split()
    if not words or len(text) > _LONGEST_HEADING_CHARS or len(words) > _LONGEST_HEADING_WORDS:
        return False
    if _BULLET.match(line) or _AGENDA_ITEM.match(line) or _INTERVIEW_LINE.match(line):
        return False
    if _TABLE_ROW.search(text) or text[-1] in ",;:":
        return False
    return not (text[-1] in ".!" and len(words) > _SHORT_HEADING_WORDS)


# a finite form of "be": a line that has one is a sentence ("The minutes of 5 August were agreed"), not a title
FINITE_BE = re.compile(r"\b(?:was|were|is|are|be|been)\b", re.IGNORECASE)


def is_list_item(line: str) -> bool:
    """A line of a list: bulleted, numbered ("2.", "4.1", "(b)") or a minutes' labelled agenda item ("Item 2 –")."""
    return bool(_BULLET.match(line) or _AGENDA_ITEM.match(line) or _SUB_ITEM.match(line))


def is_prose(line: str) -> bool:
    text = line.strip()
    return len(text) >= PROSE_CHARS or (len(text.split()) >= PROSE_WORDS and text[-1:] in '.!?"”')


def is_sentence(line: str) -> bool:
    return is_prose(line) or line.strip()[-1:] in ".!?"


_WRITE_UP = re.compile(rf"\b(?:{alternation(_WORDS.page_title_words)})\b", re.IGNORECASE)


def names_a_write_up(text: str) -> bool:
    """ "NEC report", "Executive update", "Group summary": a title about the write-up of a meeting, not the
    meeting's own name ("Executive Committee", "GENERAL MEETING")."""
    return bool(_WRITE_UP.search(text))


_BODY_WORD = re.compile(
    rf"\b(?:{alternation([*_WORDS.body_words, *_WORDS.nec_names])})\b"
    rf"|(?-i:\b(?:{pattern_alternation(_WORDS.body_acronyms)})\b)",
    re.IGNORECASE,
)
_MEETING_OR_MINUTES = re.compile(r"\b(?:meeting|minutes)\b", re.IGNORECASE)


def names_a_body(text: str) -> bool:
    """ "Inside the executive", "Riverside Branch — Branch Committee": a line that names a body (not a site's
    welcome, nor a section's "Leader's report")."""
    return bool(_BODY_WORD.search(text))


def names_a_bodys_write_up(text: str) -> bool:
    """ "NEC Report", "Regional Board summary", "Council Labour Group meeting", "Branch minutes": a body named with
    a write-up, its meeting or its minutes, the title of one meeting's account; not a blog's category ("News",
    "Uncategorized") nor a writer's name."""
    return bool(_BODY_WORD.search(text)) and (names_a_write_up(text) or bool(_MEETING_OR_MINUTES.search(text)))
