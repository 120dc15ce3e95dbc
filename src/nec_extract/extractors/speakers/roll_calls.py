"""Roll calls: everyone a recorded vote lists, for, against or abstaining, is a speaker (SPEC rulings); read from
labelled lines ("Against: Ames, Bell") and from the lists under a recorded-vote announcement ("the voting was
recorded as follows:")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from nec_extract.extractors.speakers.heard import Heard
from nec_extract.extractors.speakers.listing import is_name_list, listed_people
from nec_extract.extractors.speakers.vocabulary import vocabulary
from nec_extract.language.lexicon import alternation, pattern_alternation
from nec_extract.language.lexicon.speakers import speakers_vocabulary
from nec_extract.language.people.listed import listed_name
from nec_extract.language.people.titles import plural_titles
from nec_extract.page.context import ReportContext

_LINE = re.compile(r"[^\n]*")
# how far below an announcement its lists may run, and how long a line between them (a sub-heading) may be
_BLOCK_LINES = 30
_SUBHEADING_WORDS = 6
# the names after a label inside a line, as few as reach its end; an initial's full stop ("R. Cho") ends nothing
_LISTED_NAMES = r"(?:[^;.:\n]|(?<=\b[A-Z])\.){1,400}?"


@cache
def _line_label() -> str:
    """ "For", "Against the amendment (2)", "In favour of the motion 12": a vote label opening a line, perhaps what
    was voted on and the count (a regex fragment)."""
    labels = alternation(vocabulary().vote_list_labels)
    return rf"(?:{labels})(?:[ \t]+(?:of[ \t]+)?the[ \t]+\w+)?[ \t]*(?:\(\d+\)|\d+)?[ \t]*"


@cache
def _vote_line() -> re.Pattern[str]:
    """ "For: Ames, Bell", "Against the amendment (2) – Cole", "(b) Abstained: Dee"; names may be on the next line."""
    return re.compile(
        rf"^[ \t]*(?:\(?[a-z0-9]{{1,3}}[.)][ \t]*)?{_line_label()}[:–—-][ \t]*(?P<names>[^\n]*)$",
        re.IGNORECASE | re.MULTILINE,
    )


@cache
def _label_alone() -> re.Pattern[str]:
    """A vote label on a line of its own: "For the motion", "Against (2):", "Abstained"."""
    return re.compile(rf"[ \t]*{_line_label()}[:–—-]?[ \t]*", re.IGNORECASE)


@cache
def _announcement() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(vocabulary().recorded_vote_cues)})\b", re.IGNORECASE)


@cache
def _inline_label() -> re.Pattern[str]:
    """A label inside a line of a recorded vote: "Yes – Ames, Bell; No – Cole"."""
    labels = alternation(vocabulary().vote_list_labels)
    return re.compile(
        rf"\b(?:{labels})[ \t]*(?:\(\d+\))?[ \t]*[:–—][ \t]*(?P<names>{_LISTED_NAMES})"
        rf"(?=[ \t]*(?:;|(?<!\b[A-Z])\.|$|\b(?:{labels})[ \t]*[:–—]))",
        re.IGNORECASE | re.MULTILINE,
    )


@cache
def _label_in_prose() -> re.Pattern[str]:
    """A vote label opening a sentence inside a paragraph: "... moved that X. In favour: Ames, Bell. Against: Cole."."""
    labels = alternation(vocabulary().vote_list_labels)
    return re.compile(
        rf"(?<=[.!?;][ \t])(?:{labels})[ \t]*(?:\(\d+\))?[ \t]*:[ \t]*(?P<names>{_LISTED_NAMES})"
        rf"(?=[ \t]*(?:;|(?<!\b[A-Z])\.|$))",
        re.IGNORECASE | re.MULTILINE,
    )


@cache
def _voters_named() -> re.Pattern[str]:
    """ "Councillors Ames, Bell and Cole voted against", "the following voted for the motion: Ames, Bell"."""
    titles = alternation(plural_titles())
    stances = pattern_alternation(speakers_vocabulary().roll_call_stances)
    return re.compile(
        rf"\b(?i:{titles})\.?[ \t]+(?P<names>[^.;:\n]{{1,400}}?)[ \t]+(?:all[ \t]+)?(?i:voted|abstained)\b"
        rf"|\b(?i:voted|voting)[ \t]+(?i:{stances})[^:\n]{{0,40}}:[ \t]*(?P<listed>[^\n]+)"
    )


def roll_call_speakers(report: ReportContext) -> list[Heard]:
    """Everyone the report's recorded votes list."""
    spans = list(_labelled_lists(report)) + list(_lists_in_prose(report))
    for cue in _announcement().finditer(report.text, report.start, report.end):
        spans.extend(_lists_below(report, cue.end()))
        spans.extend(_inline_lists(report, cue.start()))
    for match in _voters_named().finditer(report.text, report.start, report.end):
        spans.append(match.span("names") if match.group("names") else match.span("listed"))
    return [heard for start, end in spans for heard in listed_people(report, start, end)]


def _inline_lists(report: ReportContext, position: int) -> Iterator[tuple[int, int]]:
    """Labelled lists within the announcement's line and the lines just below it."""
    page = report.text
    line_start = page.rfind("\n", report.start, position) + 1
    end = min(report.end, _block_end(report, position))
    for match in _inline_label().finditer(page, max(line_start, report.start), end):
        yield match.span("names")


def _lists_in_prose(report: ReportContext) -> Iterator[tuple[int, int]]:
    page = report.text
    for match in _label_in_prose().finditer(page, report.start, report.end):
        names = match.group("names").strip()
        if is_name_list(names) or listed_name(names):
            yield match.span("names")


def _labelled_lists(report: ReportContext) -> Iterator[tuple[int, int]]:
    page = report.text
    for match in _vote_line().finditer(page, report.start, report.end):
        if match.group("names").strip():
            # "In favour: Ames, Bell. Against: Cole.": each label's own list
            inline = list(_inline_label().finditer(page, match.start(), match.end()))
            yield from (m.span("names") for m in inline) if len(inline) > 1 else [match.span("names")]
            continue
        following = _next_line(report, match.end())
        if following and is_name_list(page[following[0] : following[1]]):
            yield following


def _next_line(report: ReportContext, position: int) -> tuple[int, int] | None:
    for line in _LINE.finditer(report.text, position, report.end):
        if line.group().strip():
            return line.span()
    return None


def _block_end(report: ReportContext, position: int) -> int:
    """Where the lines that may belong to an announcement at ``position`` end: at the first line of prose below it."""
    page = report.text
    newline = page.find("\n", position, report.end)
    if newline < 0:
        return report.end
    for line in list(_LINE.finditer(page, newline + 1, report.end))[: _BLOCK_LINES * 2]:
        text = line.group()
        if len(text.split()) > _SUBHEADING_WORDS and not is_name_list(text) and not _inline_label().search(text):
            return line.start()
    return report.end


def _lists_below(report: ReportContext, position: int) -> Iterator[tuple[int, int]]:
    """The name lists in the lines after an announcement, past short sub-headings ("On the amendment"),
    up to the first line of prose."""
    page = report.text
    newline = page.find("\n", position, report.end)
    if newline < 0:
        return
    lines = [line for line in _LINE.finditer(page, newline + 1, report.end) if line.group().strip()]
    after_label = False
    for line in lines[:_BLOCK_LINES]:
        text = line.group()
        if is_name_list(text) or (after_label and listed_name(text.strip())):
            yield line.span()
        elif len(text.split()) > _SUBHEADING_WORDS and not _vote_line().match(text):
            return
        after_label = bool(_label_alone().fullmatch(text))
