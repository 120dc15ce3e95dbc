"""The meeting date in the header lines above an untitled report's body: a minutes header whose first line names
the body and whose next gives the day ("Executive Committee" / "Tuesday 14 June 2022 at 7pm, Unity House"), or a
day line with the meeting's hours ("7pm, Tuesday 14 June 2022"); not a posting stamp or a byline."""

from __future__ import annotations

import re

from nec_extract.language.dates import find_candidates
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.page.dateline import is_dateline
from nec_extract.page.meeting_date.source import Dated, MeetingDateInput, dated
from nec_extract.page.segment.lines import is_heading_like, names_a_write_up

_WORDS = pages_vocabulary()
# the header is a few short lines right above the body
_MOST_HEADER_LINES = 4
_BODY_NAME = re.compile(rf"\b(?:{alternation(_WORDS.body_words)})\b", re.IGNORECASE)
# a posting stamp or a byline: the day the page was written
_STAMP = re.compile(rf"\b(?:{alternation([*_WORDS.byline_verbs, *_WORDS.update_verbs])}|by)\b", re.IGNORECASE)
# the hours of a meeting ("7pm", "19:30"), and what may stand before the day on its line besides them
_TIME = re.compile(r"\b\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)\b|\b\d{1,2}:\d\d\b", re.IGNORECASE)
_DAY_KINDS = frozenset({"day", "iso_day", "range"})


def from_header_above(source: MeetingDateInput) -> Dated | None:
    """The day of the first header line above the body that opens with it, under a line naming the body or with
    the meeting's hours."""
    lines = _header_lines(source)
    for index, (start, line) in enumerate(lines):
        if _STAMP.search(line):
            continue
        names_body = any(_names_the_body(above) for _, above in lines[:index])
        # a day with a time alone is a blog's stamp ("Saturday, 05 December 2009 14:56"), not a meeting's hours
        if not (names_body or (_TIME.search(line) and not is_dateline(line))):
            continue
        found = _opening_day(source, start, start + len(line))
        if found is not None:
            return found
    return None


def _header_lines(source: MeetingDateInput) -> list[tuple[int, str]]:
    """The short lines right above the body, top to bottom, with their starts."""
    lines: list[tuple[int, str]] = []
    end = source.body_start
    while len(lines) < _MOST_HEADER_LINES and end > 0:
        start = source.page.rfind("\n", 0, end - 1) + 1
        line = source.page[start:end].rstrip("\n")
        if line.strip():
            if not is_heading_like(line):
                break
            lines.insert(0, (start, line))
        end = start
    return lines


def _names_the_body(line: str) -> bool:
    """ "Executive Committee", "SOUTHTOWN CLP": the body's name, not a page about it ("NEC report")."""
    return bool(_BODY_NAME.search(line)) and not names_a_write_up(line)


def _opening_day(source: MeetingDateInput, start: int, end: int) -> Dated | None:
    # the header lies above the report's start: its dates are not among the report's own
    for candidate in find_candidates(source.page, start, end, []):
        if candidate.kind not in _DAY_KINDS:
            continue
        before = _TIME.sub("", source.page[start : candidate.start])
        if not before.strip(" \t,;:–—-"):
            return dated(source, candidate)
    return None
