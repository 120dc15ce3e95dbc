"""When the page was published: a dateline above the first report or just below its heading."""

from __future__ import annotations

import re
from datetime import date

from nec_extract.language.calendar import WEEKDAY_RE
from nec_extract.language.dates import DATE_STAMP, iso_to_date, normalise, parse_parts
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary

HEADER_CHARS = 600
_WORDS = pages_vocabulary()
_STAMP_VERB = rf"(?:{alternation(_WORDS.dateline_verbs)})\s+(?:on\s+)?"
_DATELINE = re.compile(
    rf"^\s*(?:{_STAMP_VERB})?(?P<date>(?:[A-Z][a-z]+day,?\s+)?[^\n|]{{3,30}}?\b(?:19|20)\d\d)\b",
    re.IGNORECASE | re.MULTILINE,
)
_BYLINE_DATE = re.compile(
    r"\|\s*(?P<date>[^\n|]{3,30}?\b(?:19|20)\d\d)\b"
    rf"|\b(?i:{alternation(_WORDS.byline_verbs)})\s+(?i:by)\s+[^\n]{{2,40}}?\s+(?i:on)\s+"
    r"(?P<date2>[^\n|]{3,30}?\b(?:19|20)\d\d)\b"
)
_TIME = re.compile(r"\b\d{1,2}:\d\d(?:\s*[ap]m)?\b", re.IGNORECASE)
_STAMP_OPENING = re.compile(rf"^\s*{_STAMP_VERB}", re.IGNORECASE)
_DATE_WORDS = re.compile(rf"\b{WEEKDAY_RE}\b|\b[A-Z][a-z]+\b|\d+(?:st|nd|rd|th)?|[,.\s/-]")


def find_published(page: str, first_report_start: int | None) -> date | None:
    """A publication date: a dateline above the first report or just below its heading."""
    limit = (first_report_start or 0) + HEADER_CHARS
    header = page[: min(len(page), limit)]
    iso = DATE_STAMP.search(header)
    if iso:
        return date.fromisoformat(iso.group("date"))
    for pattern in (_BYLINE_DATE, _DATELINE):
        for match in pattern.finditer(header):
            line_start = header.rfind("\n", 0, match.start()) + 1
            line_end = header.find("\n", match.end())
            line = header[line_start : line_end if line_end >= 0 else len(header)]
            if pattern is _DATELINE and not is_dateline(line):
                continue
            value = normalise(match.group("date") or match.groupdict()["date2"])
            if value.start is not None and len(value.start) == 10:
                return iso_to_date(value.start)
    return None


def is_dateline(line: str) -> bool:
    """A line that is only a date (maybe a time, a 'Posted on', a 'by NAME'), not a heading with a date."""
    text = _TIME.sub("", line)
    text = re.sub(r"\bby\s+.*$", "", text, flags=re.IGNORECASE)
    text = _STAMP_OPENING.sub("", text)
    parts = parse_parts(text)
    if parts is None or parts.day is None or parts.year is None:
        return False
    leftovers = _DATE_WORDS.sub("", text)
    return len(text.split()) <= 6 and not leftovers
