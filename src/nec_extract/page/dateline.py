"""When the page was published: a dateline above the first report or just below its heading."""

from __future__ import annotations

import re
from datetime import date

from nec_extract.language.calendar import WEEKDAY_RE
from nec_extract.language.dates import DATE_STAMP, iso_to_date, normalise, parse_parts
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.page.segment import names_meeting

HEADER_CHARS = 600
_WORDS = pages_vocabulary()
_VERBS = alternation(_WORDS.dateline_verbs)
_STAMP_VERB = rf"(?:{_VERBS})\s+(?:on\s+)?"
# a date ending in a year: "Tuesday, 5 March 2019", "March 12th 2021", "12.03.19"
_DATE = r"[^\n|]{3,30}?\b(?:19|20)\d\d|\d{1,2}[./]\d{1,2}[./]\d\d\b"
_DATELINE = re.compile(
    rf"^\s*(?:{_STAMP_VERB})?(?P<date>(?:[A-Z][a-z]+day,?\s+)?(?:{_DATE}))\b", re.IGNORECASE | re.MULTILINE
)
_BYLINE_DATE = re.compile(
    rf"\|\s*(?P<date>{_DATE})\b"
    rf"|\b(?i:{alternation(_WORDS.byline_verbs)})\s+(?i:by)\s+[^\n]{{2,40}}?\s+(?i:on)\s+(?P<date2>{_DATE})\b"
)
# a labelled stamp anywhere in the header, also mid-line: "Published: 17th March 2020"
_LABELLED = re.compile(rf"\b(?:{_VERBS})(?:\s+on)?\s*:\s*(?P<date>[^\n|]{{3,30}}?\b(?:19|20)\d\d)\b", re.IGNORECASE)
_TIME = re.compile(r"\b(?:at\s+)?(?<![\d./])\d{1,2}[:.]\d\d(?![./]\d)(?:\s*[ap]m)?\b", re.IGNORECASE)
_TAGS = re.compile(r"\([^()\n]*\)\s*$")
_STAMP_OPENING = re.compile(rf"^\s*{_STAMP_VERB}", re.IGNORECASE)
_DATE_WORDS = re.compile(rf"\b{WEEKDAY_RE}\b|\b[A-Z][A-Za-z]*\b|\d+(?i:st|nd|rd|th)?|[,.:\s/-]")
_MOST_WORDS = 6


def find_published(page: str, first_report_start: int | None) -> date | None:
    """A publication date: a scraper's stamp, a byline's or a labelled date, or a dateline, above the first
    report or just below its heading."""
    limit = (first_report_start or 0) + HEADER_CHARS
    header = page[: min(len(page), limit)]
    stamp = DATE_STAMP.search(header)
    found = _day(stamp.group("date")) if stamp else None
    for pattern in (_BYLINE_DATE, _LABELLED, _DATELINE):
        for match in pattern.finditer(header) if found is None else ():
            if pattern is _DATELINE and not is_dateline(_line_around(header, match)):
                continue
            found = _day(match.group("date") or match.groupdict()["date2"])
            if found is not None:
                break
    return found


def _line_around(text: str, match: re.Match[str]) -> str:
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    return text[line_start : line_end if line_end >= 0 else len(text)]


def _day(expression: str) -> date | None:
    value = normalise(expression)
    return iso_to_date(value.start) if value.start is not None and len(value.start) == 10 else None


def is_dateline(line: str) -> bool:
    """A line that is only a date (maybe a time, a 'Posted on', a 'by NAME', a blog's tags in brackets, a
    blog's name before a colon), not a heading with a date."""
    text = _TAGS.sub("", _TIME.sub("", line))
    if names_meeting(text):
        return False
    text = re.sub(r"\bby\s+.*$", "", text, flags=re.IGNORECASE)
    text = _STAMP_OPENING.sub("", text)
    parts = parse_parts(text)
    if parts is None or parts.day is None or parts.year is None:
        return False
    return len(text.split()) <= _MOST_WORDS and not _DATE_WORDS.sub("", text)
