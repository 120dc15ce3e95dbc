"""Who wrote the page: a name in the blog header or a signature above the heading, a byline (also a bare name
line, or one with an affiliation in brackets), an attribution in the opening lines, or the first report's title."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.calendar import FULL_MONTH_RE, MONTH_RE
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.names import names_vocabulary
from nec_extract.language.people import FULL_NAME, NAME_WORD, author_names, names_on_page
from nec_extract.language.people.gender import is_common_first_name
from nec_extract.language.people.signed import signature
from nec_extract.language.people.titles import honours_re

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
        re.compile(rf"\bblog[ \t]+by[ \t]+(?P<name>{FULL_NAME})\b"),
        # "Jo Bloggs's blog – CLP rep on the NEC", "Jo Bloggs' NEC notes": the site is the author's own
        re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})['’]s?[ \t]+(?:{_BODY}[ \t]+)?{_write_up()}\b", re.MULTILINE),
        # "Jo Bloggs – notes from a CLP rep", "Jo Bloggs — NEC", "Jo Bloggs: my report", "Jo Bloggs on the NEC"
        re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})(?:[ \t]+(?:[–—|-]|on\b)|[ \t]*:)[ \t]*\S", re.MULTILINE),
        re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})[ \t]+Labour[ \t]*$", re.MULTILINE),
        # a social post's writer over their handle: "Jo Bloggs @jobloggs", "Jo Bloggs (she/her) @jo@union.social",
        # "Jo Bloggs 🌹" / "@JoBloggsNEC"
        re.compile(
            rf"^[ \t]*(?P<name>{FULL_NAME})(?:[ \t]*\([^)\n]{{1,20}}\)|[ \t]+[^\w\s@]{{1,4}})*[ \t]*\n?[ \t]*@\w",
            re.MULTILINE,
        ),
        re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})(?:[ \t]+(?:{honours_re()}))*{_AFFILIATION}[ \t]*$", re.MULTILINE),
    ]


@cache
def _byline_patterns() -> Patterns:
    """A byline, above or just below the heading, or an attribution in the opening lines."""
    words = names_vocabulary()
    openers = alternation(words.byline_openers)
    representatives = alternation(words.representative_nouns)
    prepositions = alternation(words.write_up_prepositions)
    return [
        re.compile(
            # at a line's start or after a separator ("Posted: 17/06/2025 | Author: Jo Bloggs", "From Jo Bloggs, CLP
            # rep"); not someone's office ("From Jo Bloggs's office came ...")
            rf"(?:^|[|·•])[ \t]*(?i:{openers})[ \t]+(?:the[ \t]+[\w \t]{{1,40}}?,[ \t]*)?"
            rf"(?P<name>{FULL_NAME})\b(?!['’]s)",
            re.MULTILINE,
        ),
        re.compile(rf"\b(?i:posted)(?: (?i:on))? [^\n]{{3,40}}? (?i:by) (?P<name>{FULL_NAME})\b"),
        re.compile(rf"\b(?:{representatives})[ \t]+(?P<name>{FULL_NAME})[ \t]+has[ \t]+(?:published|written)\b"),
        # "A report from your representatives: A, B and C", "a report ... by CLP reps A, B and C"; not "a motion from
        # CLP representatives A and B", the movers
        re.compile(
            rf"\b(?:reps|representatives)\b(?:[^:\n]{{0,100}}:|[^:\n]{{0,40}}?\bby\b)[ \t]+(?P<name>{NAME_LIST})"
        ),
        re.compile(rf"\b(?:{_write_up()}|by)\b[^:\n]{{0,80}}?\b(?:reps|representatives)[ \t]+(?P<name>{NAME_LIST})"),
        # "Bex Bailey December NEC report", "see below Gemma Bolton's report from Labour's NEC"
        re.compile(
            rf"(?P<name>{SHORTEST_NAME})(?:['’]s)?[ \t]+(?:(?:{FULL_MONTH_RE}|\d{{4}})[ \t]+)*"
            rf"{_BODY}[ \t]+{_write_up()}\b"
        ),
        re.compile(
            rf"(?P<name>{SHORT_NAME})['’]s[ \t]+{_write_up()}[ \t]+(?:{prepositions})[ \t]+"
            rf"(?:[\w’']+[ \t]+){{0,3}}?{_BODY}\b"
        ),
    ]


@cache
def _title_patterns() -> Patterns:
    """The title of the report itself: "Jo Bloggs's NEC report", "Jo Bloggs – NEC report, May 2023", "Jo Bloggs
    reports back", "NEC report – Cllr Jo Bloggs", "Report from Jo Bloggs: NEC meeting", "WEC meeting (report by Jo
    Bloggs)"."""
    write_up = _write_up()
    return [
        re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})(?:[’']s?)?[ \t]+(?:\w+[ \t]+)?(?:NEC[ \t]+)?[Rr]eport\b"),
        # the name first, set off by a dash: "Jo Bloggs – NEC report"; not "Jo Bloggs – Treasurer's report"
        re.compile(rf"^[ \t]*(?P<name>{FULL_NAME})[ \t]+[–—-][ \t]+(?:NEC[ \t]+)?[Rr]eport\b"),
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
    """The author's name from the page's header, a byline, the first report's title, or a signature at the page's
    end, else None."""
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
    return _name_in_capitals(page, page[:start]) or signature(page[-BYLINE_CHARS:])


# a blog header that names its owner in capitals: "JO BLOGGS"
_CAPITALS_WORD = r"[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)?"
_CAPITALS_LINE = re.compile(rf"^[ \t]*(?P<name>{_CAPITALS_WORD}(?:[ \t]+{_CAPITALS_WORD}){{1,3}})[ \t]*$")


def _name_in_capitals(page: str, header: str) -> str | None:
    """A header line in capitals that is a person's name: as the page writes it elsewhere ("Jo Bloggs"), or
    when its first word is a common first name."""
    for line in header.splitlines():
        match = _CAPITALS_LINE.match(line)
        if not match:
            continue
        written = " ".join(match.group("name").split())
        elsewhere = [name for name in names_on_page(page) if name.casefold() == written.casefold()]
        titled = re.sub(r"[A-Z]+", lambda word: word.group().capitalize(), written)  # "O'NEILL" -> "O'Neill"
        name = elsewhere[0] if elsewhere else (titled if is_common_first_name(written.split()[0]) else None)
        if name and author_names(name):
            return author_names(name)
    return None


def _line_after_heading(opening: str, title: str | None) -> str:
    """The first line under the heading: a bare byline ("Jo Bloggs", "Jo Bloggs (Unite)") sits there."""
    lines = [line for line in opening.splitlines() if line.strip()]
    if title and lines and " ".join(lines[0].split()) == " ".join(title.split()):
        return lines[1] if len(lines) > 1 else ""
    return ""


# a report's own byline line: "July 18, 2019 · Jo Bloggs · 5 Comments", "Jo Bloggs | 3 May 2021 | NEC"
_SEGMENT_SEPARATOR = re.compile(r"[ \t]+[·•|/–—][ \t]+|[ \t]*[·•|][ \t]*")
_DATE_OR_COMMENTS = re.compile(
    rf"\b(?:{MONTH_RE}|\d{{4}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})|\b(?:\d+|no)[ \t]+comments?\b|^comments?\b",
    re.IGNORECASE,
)
# how many lines under a report's heading its byline may sit
_REPORT_BYLINE_LINES = 2


def report_author(page: str, start: int, end: int, title: str | None) -> str | None:
    """The author a report's own byline names, in the lines just under its heading (each post of a blog archive
    has one: "July 18, 2019 · Jo Bloggs · 5 Comments", "Posted by Jo Bloggs on 3 May"), or its signature under a
    sign-off at its end ("In solidarity," / "Jo Bloggs"), else None."""
    opening = page[start : min(end, start + BYLINE_CHARS)]
    lines = [line.strip() for line in opening.splitlines() if line.strip()]
    if title and lines and " ".join(lines[0].split()) == " ".join(title.split()):
        lines = lines[1:]
    for line in lines[:_REPORT_BYLINE_LINES]:
        name = _byline_line_name(line)
        if name:
            return name
    return signature(page[max(start, end - BYLINE_CHARS) : end])


def _byline_line_name(line: str) -> str | None:
    segments = _SEGMENT_SEPARATOR.split(line)
    if len(segments) >= 2:
        named = [name for segment in segments if (name := _segment_name(segment))]
        dated = any(_DATE_OR_COMMENTS.search(segment) for segment in segments)
        if len(named) == 1 and dated:
            return named[0]
    for pattern in (*_byline_patterns()[:2], _PUBLISHED_BY, _WRITES):  # "By Jo Bloggs", "Posted on 3 May by Jo Bloggs"
        match = pattern.search(line)
        if match:
            return author_names(match.group("name"))
    return None


# "Jo Bloggs writes:", "Jo Bloggs reports:" on a line of its own under the heading
_WRITES = re.compile(rf"^(?P<name>{FULL_NAME})[ \t]+(?:writes|reports)[ \t]*:?[ \t]*$")
# "Published 14 October 2021 by Jo Bloggs", "Added on 3 May by Jo Bloggs"
_PUBLISHED_BY = re.compile(
    rf"^(?i:{alternation(names_vocabulary().posting_verbs)})\b[^\n]{{0,40}}?\b(?i:by)[ \t]+(?P<name>{FULL_NAME})"
)


def _segment_name(segment: str) -> str | None:
    """A byline segment that is only a person's name, maybe after "by"."""
    openers = alternation(names_vocabulary().byline_openers)
    match = re.fullmatch(rf"(?:(?i:{openers})[ \t]+)?(?P<name>{FULL_NAME})", segment.strip())
    return author_names(match.group("name")) if match else None
