"""Who wrote the page: a name in the blog header, a byline, or the first report's title."""

from __future__ import annotations

import re

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
