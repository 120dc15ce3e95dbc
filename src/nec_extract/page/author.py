"""Who wrote the page: a name in the blog header, a byline, or the first report's title."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.names import names_vocabulary
from nec_extract.language.people import NAME_WORD, author_names

# two or more name words, initials ("J.") allowed between them
FULL_NAME = rf"{NAME_WORD}(?:[ \t]+(?:{NAME_WORD}|[A-Z]\.))*[ \t]+{NAME_WORD}"
NAME_LIST = rf"{FULL_NAME}(?:[ \t]*(?:,|and|&)[ \t]*{FULL_NAME})*"
BYLINE_CHARS = 400

Patterns = list[re.Pattern[str]]


@cache
def _header_patterns() -> Patterns:
    """Where an author names themself in the blog header above the first report."""
    return [
        re.compile(rf"\bblog by (?P<name>{FULL_NAME})\b"),
        re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})[ \t]+(?:[–|-]|on\b)[ \t]*\S", re.MULTILINE),
        re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})[ \t]+Labour[ \t]*$", re.MULTILINE),
        re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})[ \t]*$", re.MULTILINE),
    ]


@cache
def _byline_patterns() -> Patterns:
    """A byline, above or just below the heading."""
    openers = alternation(names_vocabulary().byline_openers)
    return [
        re.compile(
            rf"^[ \t]*(?i:{openers})[ \t]+(?:the[ \t]+[\w \t]{{1,40}}?,[ \t]*)?(?P<name>{FULL_NAME})\b",
            re.MULTILINE,
        ),
        re.compile(rf"\b(?i:posted on) [^\n]{{3,40}}? (?i:by) (?P<name>{FULL_NAME})\b"),
        re.compile(
            rf"\b(?:member|representative|rep)[ \t]+(?P<name>{FULL_NAME})[ \t]+has[ \t]+(?:published|written)\b"
        ),
        re.compile(
            rf"\b(?:reps|representatives)\b(?:[^:\n]{{0,100}}:|[^:\n]{{0,40}}?\bby\b)?[ \t]+(?P<name>{NAME_LIST})"
        ),
    ]


@cache
def _title_patterns() -> Patterns:
    """The title of the report itself: "Jo Bloggs's NEC report", "Jo Bloggs reports back"."""
    return [
        re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})[’']?s[ \t]+(?:\w+[ \t]+)?(?:NEC[ \t]+)?[Rr]eport\b"),
        re.compile(rf"[–-][ \t]*(?P<name>{FULL_NAME})[’']s[ \t]+(?:\w+[ \t]+)?NEC report\b"),
        re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})[ \t]+reports?\b"),
        re.compile(rf"[–-][ \t]*(?P<name>{FULL_NAME})[ \t]+reports?[ \t]+back\b"),
    ]


def find_author(page: str, first_report_start: int | None, title: str | None = None) -> str | None:
    """The author's name from the page's header, a byline, or the first report's title, else None."""
    start = max(first_report_start or 0, 0)
    opening = page[start : start + BYLINE_CHARS]
    searches = [(_byline_patterns(), page[:start] + "\n" + opening), (_header_patterns(), page[:start])]
    if title:
        searches.insert(0, (_title_patterns(), title))
    for patterns, region in searches:
        for pattern in patterns:
            for match in pattern.finditer(region):
                name = author_names(match.group("name"))
                if name:
                    return name
    return None
