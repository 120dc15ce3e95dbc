"""Every date expression in a stretch of a page: the forms tried where a trigger starts, their checks passed,
web addresses and page furniture left out, and the longest kept where forms overlap."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from nec_extract.language.calendar import FULL_MONTH_RE
from nec_extract.language.dates.checks import acceptable
from nec_extract.language.dates.forms import PATTERNS_BY_TRIGGER, TRIGGER, Candidate
from nec_extract.language.dates.parts import DATE_STAMP
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.dates import dates_vocabulary
from nec_extract.language.text import Sentence

_FULL_MONTH_AND_STOP = re.compile(rf"{FULL_MONTH_RE}\.$", re.IGNORECASE)
# a web or mail address is found by its telltale part, then taken to the spaces around it
_LINK_MARK = re.compile(rf"://|\bwww\.|@\w|\.(?:{alternation(dates_vocabulary().web_address_endings)})\b")
# A printed page's running head or foot, as text taken from a PDF gives it: a short line set wide apart from its
# page number ("Branch Bulletin – February 2019                  2"), or a line set wide under a page's number
# ("- 2 -" / "EC Report March 2019                 Region 6")
_SET_WIDE = r"[^\S\n]*\S[^\n]{0,80}?\S[^\S\n]{10,}"
_RUNNING_HEAD = (
    rf"^{_SET_WIDE}\d{{1,3}}[^\S\n]*$"
    rf"|^[^\S\n]*(?:[-–][^\S\n]*)?\d{{1,3}}(?:[^\S\n]*[-–])?[^\S\n]*\n{_SET_WIDE}\S[^\n]{{0,40}}$"
)
# page furniture inside a report: a scraper's stamp ("date 2020-11-25"), a link's words ("Continue reading"), a
# running head
_FURNITURE = re.compile(
    rf"{DATE_STAMP.pattern}|\b(?:{alternation(dates_vocabulary().link_texts)})\b[^\n]*|(?m:{_RUNNING_HEAD})",
    re.IGNORECASE,
)
# the forms that take the "the" before them: "the third quarter of 2014", "the day before", "the end of the year"
_TAKE_THE = frozenset({"quarter", "meeting_day", "anchor_period", "bare_ordinal", "ordinal_of_month"})
# an address is never longer than this: the bound keeps a page without spaces linear
_LONGEST_LINK = 300


def find_candidates(page: str, start: int, end: int, sentences: list[Sentence]) -> list[Candidate]:
    """Every date expression in ``page[start:end]`` that passes its form's checks, longest first where they overlap."""
    blocked = _Blocked(_links(page, start, end) + [m.span() for m in _FURNITURE.finditer(page, start, end)])
    sentence_starts = [s.start for s in sentences]
    found = []
    for trigger in TRIGGER.finditer(page, start, end):
        for kind, pattern in PATTERNS_BY_TRIGGER[str(trigger.lastgroup)]:
            match = pattern.match(page, trigger.start(), end)
            if match is None:
                continue
            candidate = _candidate(kind, match)
            if blocked.overlaps(candidate.start, candidate.end):
                continue
            if acceptable(candidate, page, _sentence_start(sentence_starts, sentences, candidate.start, start)):
                found.append(candidate)
    return _longest_first(found)


@lru_cache(maxsize=4096)
def candidates_in(text: str) -> tuple[Candidate, ...]:
    """:func:`find_candidates` over the whole of a short text (a line, a title), remembered: segmenting a page asks
    several questions of each of its lines (a post's metadata or stamp, a dated entry, a day or a month alone, a
    link's date), and each of them reads the line's dates."""
    return tuple(find_candidates(text, 0, len(text), []))


def _longest_first(found: list[Candidate]) -> list[Candidate]:
    """The candidates that overlap no longer one, in text order."""
    kept: list[Candidate] = []
    starts: list[int] = []
    for candidate in sorted(found, key=lambda c: (-c.length, c.start)):
        index = bisect.bisect_left(starts, candidate.start)
        clear_before = index == 0 or kept[index - 1].end <= candidate.start
        clear_after = index == len(kept) or candidate.end <= kept[index].start
        if clear_before and clear_after:
            kept.insert(index, candidate)
            starts.insert(index, candidate.start)
    return kept


class _Blocked:
    """Stretches of the page no mention may touch (web addresses, page furniture), merged and sorted."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.spans = merged
        self.starts = [start for start, _ in merged]

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end) - 1
        return index >= 0 and self.spans[index][1] > start


def _links(page: str, start: int, end: int) -> list[tuple[int, int]]:
    return [_link_around(page, mark, start, end) for mark in _LINK_MARK.finditer(page, start, end)]


def _link_around(page: str, mark: re.Match[str], start: int, end: int) -> tuple[int, int]:
    """The address a telltale part belongs to: out to the space or line end on either side."""
    left_limit, right_limit = max(start, mark.start() - _LONGEST_LINK), min(end, mark.end() + _LONGEST_LINK)
    space_before = max(page.rfind(" ", left_limit, mark.start()), page.rfind("\n", left_limit, mark.start()))
    left = max(space_before + 1, left_limit)
    ends = (page.find(" ", mark.end(), right_limit), page.find("\n", mark.end(), right_limit))
    right = min((i for i in ends if i >= 0), default=right_limit)
    return left, right


def _candidate(kind: str, match: re.Match[str]) -> Candidate:
    """The mention a match stands for, with "the" of "the New Year" and "the third quarter of 2014"."""
    start, end = match.span()
    if _FULL_MONTH_AND_STOP.search(match.string, start, end):
        end -= 1  # the full stop after "4 February." ends the sentence
    new_year = kind == "relative" and match.group("new_year")
    takes_the = kind in _TAKE_THE or new_year
    if takes_the and match.string[max(0, start - 4) : start].lower() == "the ":
        start -= 4
    return Candidate(kind, start, end, match)


def _sentence_start(starts: list[int], sentences: list[Sentence], offset: int, default: int) -> int:
    index = bisect.bisect_right(starts, offset) - 1
    return sentences[index].start if index >= 0 else default
