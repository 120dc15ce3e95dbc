"""When the page was published: a dateline above the first report or just below its heading."""

from __future__ import annotations

import re
from datetime import date

from nec_extract.language.datenorm import iso_to_date, normalise, parse_parts

HEADER_CHARS = 600


_DATELINE = re.compile(
    r"^\s*(?:(?:posted|published)\s+(?:on\s+)?)?(?P<date>(?:[A-Z][a-z]+day,?\s+)?[^\n|]{3,30}?\b(?:19|20)\d\d)\b",
    re.IGNORECASE | re.MULTILINE,
)
_ISO_DATELINE = re.compile(r"\bdate\s+(?P<date>\d{4}-\d\d-\d\d)\b")
_BYLINE_DATE = re.compile(
    r"\|\s*(?P<date>[^\n|]{3,30}?\b(?:19|20)\d\d)\b"
    r"|\b(?i:posted|written|published)\s+(?i:by)\s+[^\n]{2,40}?\s+(?i:on)\s+(?P<date2>[^\n|]{3,30}?\b(?:19|20)\d\d)\b"
)


def find_published(page: str, first_report_start: int | None) -> date | None:
    """A publication date: a dateline above the first report or just below its heading."""
    limit = (first_report_start or 0) + HEADER_CHARS
    header = page[: min(len(page), limit)]
    iso = _ISO_DATELINE.search(header)
    if iso:
        return date.fromisoformat(iso.group("date"))
    for pattern in (_BYLINE_DATE, _DATELINE):
        for match in pattern.finditer(header):
            line_start = header.rfind("\n", 0, match.start()) + 1
            line_end = header.find("\n", match.end())
            line = header[line_start : line_end if line_end >= 0 else len(header)]
            if pattern is _DATELINE and not _is_dateline(line):
                continue
            value = normalise(match.group("date") or match.groupdict()["date2"])
            if value.start is not None and len(value.start) == 10:
                return iso_to_date(value.start)
    return None


def _is_dateline(line: str) -> bool:
    """A line that is only a date (maybe a time, a 'Posted on', a 'by NAME'), not a heading with a date."""
    text = re.sub(r"\b\d{1,2}:\d\d(?:\s*[ap]m)?\b", "", line, flags=re.IGNORECASE)
    text = re.sub(r"\bby\s+.*$", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^\s*(?:posted|published)\s+(?:on\s+)?", "", text, flags=re.IGNORECASE)
    parts = parse_parts(text)
    if parts is None or parts.day is None or parts.year is None:
        return False
    leftovers = re.sub(
        r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b[A-Z][a-z]+\b|\d+(?:st|nd|rd|th)?|[,.\s/-]",
        "",
        text,
    )
    return len(text.split()) <= 6 and not leftovers
