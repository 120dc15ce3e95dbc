"""The day of the meeting before this one, where minutes record agreeing its minutes ("The minutes of the
previous meeting, held on 8 September 2020, were agreed"): a yearless meeting date comes after it."""

from __future__ import annotations

import re
from datetime import date

from nec_extract.language.dates import Candidate, parse_parts
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary

_WORDS = pages_vocabulary()
# "minutes of the previous meeting held on", "notes of the last GC meeting of", "minutes of the meeting on"
_MINUTES_OF_A_MEETING = re.compile(
    rf"\b(?:{alternation(_WORDS.previous_minutes_nouns)})\s+of\s+the\s+"
    rf"(?:(?:{alternation(_WORDS.previous_meeting_words)})\s+)?(?:[\w&'’-]+\s+){{0,3}}?meeting,?\s*\(?"
    r"(?:(?:of|on|held\s+on|dated)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_LEAD = 80


def previous_meeting(page: str, candidates: list[Candidate]) -> date | None:
    """The day, with its year, of the meeting whose minutes the report records (None when it names none)."""
    for candidate in candidates:
        lead = page[max(0, candidate.start - _LEAD) : candidate.start]
        if not _MINUTES_OF_A_MEETING.search(lead):
            continue
        parts = parse_parts(candidate.match.group())
        if parts is not None and parts.year is not None and parts.month is not None and parts.day is not None:
            return date(parts.year, parts.month, parts.day)
    return None
