"""The year a clause gives its meeting, for the day it ties to the meeting without one: "The first NEC of 2024
took place on 23 January", "2023's final meeting of the executive was held on 12 December" (a page with no
publication day and no other meeting to count from)."""

from __future__ import annotations

import dataclasses
import re

from nec_extract.language.dates import YEAR_RE, Candidate, written_value
from nec_extract.language.lexicon import alternation, pattern_alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.language.text import make_span
from nec_extract.page.meeting_date.source import Dated, MeetingDateInput

# the meeting by its noun, or the body by its acronym ("the first NC of 2022", "2019's last SEC")
_NOUNS = (
    rf"{alternation(pages_vocabulary().meeting_nouns_after_a_heading_year)}"
    rf"|(?-i:{pattern_alternation(pages_vocabulary().body_acronyms)})"
)
# "the first NEC of 2024", "the final meeting of 2023"
_NOUN_OF_YEAR = re.compile(rf"\b(?:{_NOUNS})\s+of\s+(?P<year>{YEAR_RE})\b", re.IGNORECASE)
# "2023's final meeting", "2024's first NEC"
_YEARS_NOUN = re.compile(rf"\b(?P<year>{YEAR_RE})['’]s\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_NOUNS})\b", re.IGNORECASE)


def in_the_year_named(source: MeetingDateInput, candidate: Candidate, clause: str) -> Dated | None:
    """``candidate`` (a day or month with no year to be had from the page) in the year ``clause``, the words
    before it in its sentence, gives the meeting."""
    named = _NOUN_OF_YEAR.search(clause) or _YEARS_NOUN.search(clause)
    if named is None:
        return None
    hints = dataclasses.replace(source.hints, intro_year=int(named.group("year")))
    value = written_value(candidate, hints)
    if value.start is None:
        return None
    return Dated(make_span(source.page, candidate.start, candidate.end), value)


def year_named_in_the_opening(source: MeetingDateInput) -> int | None:
    """The year the opening lines name the meeting in ("NC – 15 January" / "The first NC of 2022."), for a heading's
    day written without one."""
    opening = source.page[source.body_start : source.opening_end]
    named = _NOUN_OF_YEAR.search(opening) or _YEARS_NOUN.search(opening)
    return int(named.group("year")) if named else None
