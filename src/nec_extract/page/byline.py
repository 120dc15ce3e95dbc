"""Page-level facts: who wrote it (a blog header, a byline, a title) and when it was published."""

from __future__ import annotations

import re
from datetime import date

from nec_extract.language.datenorm import iso_to_date, normalise, parse_parts

NAME = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
FULL_NAME = rf"{NAME}(?:[ \t]+(?:{NAME}|[A-Z]\.))*[ \t]+{NAME}"
NAME_LIST = rf"{FULL_NAME}(?:[ \t]*(?:,|and|&)[ \t]*{FULL_NAME})*"

# Where an author names themself: in the blog header above the first report ...
_HEADER_PATTERNS = [
    re.compile(rf"\bblog by (?P<name>{FULL_NAME})\b"),
    re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})[ \t]+(?:[–|-]|on\b)[ \t]*\S", re.MULTILINE),
    re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})[ \t]+Labour[ \t]*$", re.MULTILINE),
    re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})[ \t]*$", re.MULTILINE),
]
# ... in a byline, above or just below the heading ...
_BYLINE_PATTERNS = [
    re.compile(
        rf"^[ \t]*(?i:by|posted by|written by|report by|words by)[ \t]+(?:the[ \t]+[\w \t]{{1,40}}?,[ \t]*)?"
        rf"(?P<name>{FULL_NAME})\b",
        re.MULTILINE,
    ),
    re.compile(rf"\b(?i:posted on) [^\n]{{3,40}}? (?i:by) (?P<name>{FULL_NAME})\b"),
    re.compile(rf"\b(?:member|representative|rep)[ \t]+(?P<name>{FULL_NAME})[ \t]+has[ \t]+(?:published|written)\b"),
    re.compile(rf"\b(?:reps|representatives)\b(?:[^:\n]{{0,100}}:|[^:\n]{{0,40}}?\bby\b)?[ \t]+(?P<name>{NAME_LIST})"),
]
# ... or in the title of the report itself.
_TITLE_PATTERNS = [
    re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})[’']?s[ \t]+(?:\w+[ \t]+)?(?:NEC[ \t]+)?[Rr]eport\b"),
    re.compile(rf"[–-][ \t]*(?P<name>{FULL_NAME})[’']s[ \t]+(?:\w+[ \t]+)?NEC report\b"),
    re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})[ \t]+reports?\b"),
    re.compile(rf"[–-][ \t]*(?P<name>{FULL_NAME})[ \t]+reports?[ \t]+back\b"),
]
_NOT_NAMES = re.compile(
    r"\b(?:Labour|Party|Report|Reports|Committee|Executive|Council|Conference|Group|Union|Meeting|NEC|Update|"
    r"Archives?|Category|Home|Posted|Leader|Secretary|General|National|Deputy|Chair|Treasurer|Welcome|"
    r"Candidate|Latest|Inside|Tag|By|The|Alliance|Network|Momentum|Forum|Society|Movement|Campaign)\b"
)
HEADER_CHARS = 600
BYLINE_CHARS = 400


def find_author(page: str, first_report_start: int | None, title: str | None = None) -> str | None:
    """The author's name from the page's header, a byline, or the first report's title, else None."""
    start = max(first_report_start or 0, 0)
    opening = page[start : start + BYLINE_CHARS]
    searches = [(_BYLINE_PATTERNS, page[:start] + "\n" + opening), (_HEADER_PATTERNS, page[:start])]
    if title:
        searches.insert(0, (_TITLE_PATTERNS, title))
    for patterns, region in searches:
        for pattern in patterns:
            for match in pattern.finditer(region):
                name = _name_list(match.group("name"))
                if name:
                    return name
    return None


def _name_list(raw: str) -> str | None:
    names = [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", raw) if n.strip()]
    names = [n for n in names if len(n.split()) >= 2 and not _NOT_NAMES.search(n)]
    return ", ".join(names) if names else None


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
