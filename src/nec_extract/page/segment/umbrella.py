"""An umbrella heading: a title that names only a period ("Regional Executive Update, March 2021") over a short
introduction and the reports of meetings within that period (its sub-committees'). It has no meeting of its
own, so it is no report; nor is an undated heading over a short cover note and a dated report ("My NEC
reports" / "Below is my latest report."). A period heading over more than a short introduction, or whose text
says that a meeting took place or decided something, stays one."""

from __future__ import annotations

import re
from datetime import date

from nec_extract.language.dates import find_candidates, month_span, parse_parts
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.page.segment.account import says_it_met_or_decided
from nec_extract.page.segment.block import ReportBlock
from nec_extract.page.segment.headings import COVER_NOTE

# an umbrella's own text is a short introduction at most (characters)
_LONGEST_INTRODUCTION = 400
_DAY_KINDS = frozenset({"day", "iso_day", "range", "bare_ordinal", "weekday_ordinal", "relative_weekday"})


def without_umbrellas(page: str, blocks: list[ReportBlock]) -> list[ReportBlock]:
    """The blocks less those headed by an umbrella over the next report."""
    return [
        block
        for block, following in zip(blocks, [*blocks[1:], None], strict=True)
        if following is None or not _is_umbrella(page, block, following)
    ]


def _is_umbrella(page: str, block: ReportBlock, following: ReportBlock) -> bool:
    if page[block.end : following.start].strip():
        return False
    period = _period_only(block.title)
    if period is None:
        return _is_cover_note(page, block, following)
    first, last = period
    day = _day_of(following.title, first.year)
    if day is None or not first <= day <= last or block.end - block.body_start > _LONGEST_INTRODUCTION:
        return False
    return not says_it_met_or_decided(page, block.body_start, block.end)


def _is_cover_note(page: str, block: ReportBlock, following: ReportBlock) -> bool:
    """ "My NEC reports" / "Below is my report from the latest meeting." over "NEC meeting – 20 September 2022":
    an undated heading over a short note that tells of no meeting, right over a dated report, introduces it; so
    does an e-mail's subject over a note that points below ("Subject: NEC report" / "Please find below my report of
    yesterday's NEC." over "NEC report"), whatever the report's heading."""
    if block.title is None or parse_parts(block.title) is not None:
        return False
    if parse_parts(following.title or "") is None and not COVER_NOTE.search(page, block.body_start, block.end):
        return False
    if block.end - block.body_start > _LONGEST_INTRODUCTION or _names_a_day(page, block.body_start, block.end):
        return False  # a teaser of its own meeting ("Policy Commission, 12 May 2021 ...")
    return not says_it_met_or_decided(page, block.body_start, block.end)


def _names_a_day(page: str, start: int, end: int) -> bool:
    """A day named in the note, not on an e-mail's header line ("Date: Mon, 19 Feb 2024 08:41") nor in a sentence that
    points below ("Below is a short report of the General Meeting held on Thursday 15 February"): that day is the
    e-mail's, or the report's below."""
    return any(
        candidate.kind in _DAY_KINDS and not _of_the_mail_or_the_report_below(page, start, candidate.start)
        for candidate in find_candidates(page, start, end, [])
    )


_MAIL_HEADER = re.compile(rf"[^\S\n]*(?:{alternation(pages_vocabulary().mail_header_labels)})\s*:", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _of_the_mail_or_the_report_below(page: str, start: int, at: int) -> bool:
    line_start = max(start, page.rfind("\n", 0, at) + 1)
    if _MAIL_HEADER.match(page, line_start, at):
        return True
    ends = [found.end() for found in _SENTENCE_END.finditer(page, line_start, at)]
    return COVER_NOTE.search(page, ends[-1] if ends else line_start, at) is not None


def _period_only(title: str | None) -> tuple[date, date] | None:
    """The month or year a title names, when it names no day."""
    parts = parse_parts(title) if title else None
    if parts is None or parts.day is not None or parts.year is None:
        return None
    if parts.month is None:
        return date(parts.year, 1, 1), date(parts.year, 12, 31)
    return month_span(date(parts.year, parts.month, 1))


def _day_of(title: str | None, period_year: int) -> date | None:
    """The day a title names, in the umbrella's year when it gives none ("Finance Sub-Committee – 9 March")."""
    parts = parse_parts(title) if title else None
    if parts is None or parts.day is None or parts.month is None:
        return None
    try:
        return date(parts.year or period_year, parts.month, parts.day)
    except ValueError:  # 29 February of another year
        return None
