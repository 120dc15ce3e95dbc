"""The meeting date in the header lines above an untitled report's body: a minutes header whose first line names
the body and whose next gives the day ("Executive Committee" / "Tuesday 14 June 2022 at 7pm, Unity House"), or a
day line with the meeting's hours ("7pm, Tuesday 14 June 2022"); not a posting stamp or a byline."""

from __future__ import annotations

import re

from nec_extract.language.dates import find_candidates
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.page.dateline import is_dateline
from nec_extract.page.meeting_date.source import MEETING_HOURS, Dated, MeetingDateInput, dated
from nec_extract.page.segment.headings import FUTURE_MEETING
from nec_extract.page.segment.lines import is_heading_like, names_a_write_up

_WORDS = pages_vocabulary()
# the header is a few short lines right above the body
_MOST_HEADER_LINES = 4
_BODY_NAME = re.compile(rf"\b(?:{alternation(_WORDS.body_words)})\b", re.IGNORECASE)
# a posting stamp or a byline: the day the page was written
_STAMP = re.compile(rf"\b(?:{alternation([*_WORDS.byline_verbs, *_WORDS.update_verbs])}|by)\b", re.IGNORECASE)
_DAY_KINDS = frozenset({"day", "iso_day", "range"})


def from_header_above(source: MeetingDateInput) -> Dated | None:
    """The day of the first header line above the body that opens with it, under a line naming the body or with
    the meeting's hours."""
    lines = _header_lines(source)
    for index, (start, line) in enumerate(lines):
        if _STAMP.search(line):
            continue
        if is_dateline(line) and any(_STAMP.search(above) for _, above in lines[:index]):
            continue  # "By Jo Bloggs" / "4 July 2025": under a byline, a date alone is the day of writing
        names_body = any(_names_the_body(above) for _, above in lines[:index])
        # a day with a time alone is a blog's stamp ("Saturday, 05 December 2009 14:56"), not a meeting's hours
        if not (names_body or (MEETING_HOURS.search(line) and not is_dateline(line))):
            continue
        found = _opening_day(source, start, start + len(line))
        if found is not None:
            return found
    return None


def from_headline_above(source: MeetingDateInput) -> Dated | None:
    """The date a headline above an untitled account ends with ("Report back – 21 January 2020"): the account's
    heading date, as a title's would be."""
    lines = [(start, line) for start, line in _header_lines(source) if not _STAMP.search(line)]
    return next((found for start, line in lines if (found := _headline_date(source, start, line)) is not None), None)


# what stands between a headline's words and the date it ends with: "Report back – 21 January 2020", "Cabinet:
# 14 March 2019", "Notes (5 June 2018)"
_BEFORE_ITS_DATE = re.compile(r"\S\s*(?:[–—:|(]|\s-|,)\s*$")
_HEADLINE_DATE_KINDS = frozenset({"day", "iso_day", "range", "month"})


def _headline_date(source: MeetingDateInput, start: int, line: str) -> Dated | None:
    """The date a headline above an untitled account ends with, after a dash, a colon or in brackets: the account's
    meeting, as a title's date would be; not a byline's or a stamp's ("Jo Bloggs – 14 March 2019"), nor a meeting
    to come's ("Next meeting – 5 May 2020")."""
    if is_dateline(line) or FUTURE_MEETING.search(line):
        return None
    end = start + len(line.rstrip(" )"))
    found = [c for c in find_candidates(source.page, start, end, []) if c.kind in _HEADLINE_DATE_KINDS]
    before = source.page[start : found[-1].start] if found else ""
    if not found or found[-1].end != end or not _BEFORE_ITS_DATE.search(before) or _a_name_alone(before):
        return None
    return dated(source, found[-1])


_NAME_WORD = re.compile(r"[\w'’.-]+")
_MOST_NAME_WORDS = 4


def _a_name_alone(text: str) -> bool:
    """ "Jo Bloggs – ": two to four capitalised words naming no body and no write-up, a writer's byline."""
    words = _NAME_WORD.findall(text)
    if not 2 <= len(words) <= _MOST_NAME_WORDS or not all(word[:1].isupper() for word in words):
        return False
    return not _BODY_NAME.search(text) and not names_a_write_up(text)


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
        # the meeting's hours may stand before the day on its line
        before = MEETING_HOURS.sub("", source.page[start : candidate.start])
        if not before.strip(" \t,;:–—-"):
            return dated(source, candidate)
    return None
