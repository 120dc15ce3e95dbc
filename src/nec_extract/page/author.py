"""Who wrote the page: a name in the blog header or a signature above the heading, a byline (also a bare name
line, or one with an affiliation in brackets), an attribution in the opening lines, or the first report's title."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.calendar import FULL_MONTH_RE
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.names import names_vocabulary
from nec_extract.language.people import NAME_WORD, author_names
from nec_extract.language.people.titles import honours_re

# two or more name words, initials ("J.") allowed between them
FULL_NAME = rf"{NAME_WORD}(?:[ \t]+(?:{NAME_WORD}|[A-Z]\.))*[ \t]+{NAME_WORD}"
# two to four name words, for patterns that may start at any word (not only at a line's start), so that a
# long run of capitalised words costs no more than a short one; SHORTEST_NAME when what follows may also be
# capitalised ("Jo Bloggs December NEC report")
SHORT_NAME = rf"{NAME_WORD}(?:[ \t]+(?:{NAME_WORD}|[A-Z]\.)){{0,2}}[ \t]+{NAME_WORD}"
SHORTEST_NAME = rf"{NAME_WORD}(?:[ \t]+(?:{NAME_WORD}|[A-Z]\.)){{0,2}}?[ \t]+{NAME_WORD}"
NAME_LIST = rf"{FULL_NAME}(?:[ \t]*(?:,|and|&)[ \t]*{FULL_NAME})*"
BYLINE_CHARS = 400
# a body whose report a member writes: "NEC", "WEC", "Executive"
_BODY = r"(?:[A-Z]{2,4}|[Ee]xecutive|[Cc]ommittee|[Cc]ouncil)"
# what a byline may add after the name: "(Unite)", ", CLP rep on the NEC"
_AFFILIATION = r"(?:[ \t]*\([^)\n]{1,60}\)|[ \t]*,[ \t]*[^\n]{1,60})?"

Patterns = list[re.Pattern[str]]


def _write_up() -> str:
    """A noun for the author's own account: "report", "update", "notes"."""
    return rf"(?i:{alternation(names_vocabulary().write_up_nouns)})"


@cache
def _header_patterns() -> Patterns:
    """Where an author names themself in the blog header or a signature above the first report."""
    return [
        re.compile(rf"\bblog by (?P<name>{FULL_NAME})\b"),
        re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})[ \t]+(?:[–|-]|on\b)[ \t]*\S", re.MULTILINE),
        re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})[ \t]+Labour[ \t]*$", re.MULTILINE),
        re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})(?:[ \t]+(?:{honours_re()}))*{_AFFILIATION}[ \t]*$", re.MULTILINE),
    ]


@cache
def _byline_patterns() -> Patterns:
    """A byline, above or just below the heading, or an attribution in the opening lines."""
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
        # "Bex Bailey December NEC report", "see below Gemma Bolton's report from Labour's NEC"
        re.compile(
            rf"(?P<name>{SHORTEST_NAME})(?:['’]s)?[ \t]+(?:(?:{FULL_MONTH_RE}|\d{{4}})[ \t]+)*"
            rf"{_BODY}[ \t]+{_write_up()}\b"
        ),
        re.compile(
            rf"(?P<name>{SHORT_NAME})['’]s[ \t]+{_write_up()}[ \t]+(?:from|on|of)[ \t]+"
            rf"(?:[\w’']+[ \t]+){{0,3}}?{_BODY}\b"
        ),
    ]


@cache
def _title_patterns() -> Patterns:
    """The title of the report itself: "Jo Bloggs's NEC report", "Jo Bloggs reports back", "NEC report – Cllr
    Jo Bloggs", "Report from Jo Bloggs: NEC meeting", "WEC meeting (report by Jo Bloggs)"."""
    write_up = _write_up()
    return [
        re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})(?:[’']s?)?[ \t]+(?:\w+[ \t]+)?(?:NEC[ \t]+)?[Rr]eport\b"),
        re.compile(rf"[–-][ \t]*(?P<name>{FULL_NAME})[’']s[ \t]+(?:\w+[ \t]+)?NEC report\b"),
        re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})[ \t]+reports?\b"),
        re.compile(rf"[–-][ \t]*(?P<name>{FULL_NAME})[ \t]+reports?[ \t]+back\b"),
        re.compile(rf"^[ \t]*(?P<name>{SHORTEST_NAME})[ \t]+(?:\w+[ \t]+)?{_BODY}[ \t]+{write_up}\b"),
        re.compile(rf"\b{write_up}[ \t]+(?i:by|from)[ \t]+(?P<name>{FULL_NAME})"),
        # "NEC report, May 2022 – Cllr Jo Bloggs"; not "Leader's report – <name>", someone else's report
        re.compile(
            rf"^(?![^\n]*['’]s[ \t]+{write_up})[^\n]*\b(?:NEC|{write_up})\b[^\n]*[–—-][ \t]*"
            rf"(?P<name>{FULL_NAME})[ \t]*$"
        ),
    ]


def find_author(page: str, first_report_start: int | None, title: str | None = None) -> str | None:
    """The author's name from the page's header, a byline, or the first report's title, else None."""
    start = max(first_report_start or 0, 0)
    opening = page[start : start + BYLINE_CHARS]
    searches = [
        (_byline_patterns(), page[:start] + "\n" + opening),
        (_header_patterns(), page[:start]),
        (_header_patterns()[-1:], _line_after_heading(opening, title)),
    ]
    if title:
        searches.insert(0, (_title_patterns(), title))
    for patterns, region in searches:
        for pattern in patterns:
            for match in pattern.finditer(region):
                name = author_names(match.group("name"))
                if name:
                    return name
    return None


def _line_after_heading(opening: str, title: str | None) -> str:
    """The first line under the heading: a bare byline ("Jo Bloggs", "Jo Bloggs (Unite)") sits there."""
    lines = [line for line in opening.splitlines() if line.strip()]
    if title and lines and " ".join(lines[0].split()) == " ".join(title.split()):
        return lines[1] if len(lines) > 1 else ""
    return ""
