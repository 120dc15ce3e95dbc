"""The meeting dates of a page's reports: first those each report states, then, for the others, those whose
year only the neighbouring reports give (bounded by the page's order when it runs newest first)."""

from __future__ import annotations

import itertools
from datetime import date

from nec_extract.language.dates import WRITTEN_YEAR, YearHints, first_day, years_written
from nec_extract.models import DateMention
from nec_extract.page.context import ReportContext
from nec_extract.page.dateline import byline_period
from nec_extract.page.meeting_date.meetings_year import year_named_in_the_opening
from nec_extract.page.meeting_date.previous import previous_meeting
from nec_extract.page.meeting_date.report import find_meeting_date
from nec_extract.page.meeting_date.source import MeetingDateInput
from nec_extract.page.segment import ReportBlock
from nec_extract.page.segment.lines import is_sentence


def meeting_dates(blocks: list[ReportBlock], contexts: list[ReportContext]) -> list[DateMention | None]:
    """The meeting date of each report (the contexts hold each report's date expressions, sentences and
    publication date)."""
    years = [_years_in(context) for context in contexts]
    first = [
        find_meeting_date(_input(block, context, YearHints(published=context.published, page_years=year_list)))
        for block, context, year_list in zip(blocks, contexts, years, strict=True)
    ]
    intro_year = _intro_year(contexts[0]) if contexts else None
    resolved = _from_the_neighbours(blocks, contexts, years, first, intro_year)
    newly_dated = any(m is None and r is not None for m, r in zip(first, resolved, strict=True))
    if not newly_dated or all(r is not None for r in resolved):
        return resolved
    # a report dated only in the second pass ("NC – 15 January" / "The first NC of 2022") gives the year to those
    # still without one ("NC – 23 March" above it)
    return _from_the_neighbours(blocks, contexts, years, resolved, intro_year)


def _from_the_neighbours(
    blocks: list[ReportBlock],
    contexts: list[ReportContext],
    years: list[list[int]],
    found: list[DateMention | None],
    intro_year: int | None,
) -> list[DateMention | None]:
    """The meeting date of each report not yet dated, from what its neighbours' dates and the page give."""
    known = [first_day(m) for m in found]
    newest_first = _runs_newest_first(known)
    resolved: list[DateMention | None] = []
    for i, (block, context) in enumerate(zip(blocks, contexts, strict=True)):
        if found[i] is not None:
            resolved.append(found[i])
            continue
        hints = _neighbour_hints(known, i, newest_first)
        hints.published, hints.page_years = context.published, years[i]
        _after_the_previous_meeting(hints, previous_meeting(context.text, context.date_candidates))
        _by_the_bylines_period(hints, byline_period(context.text, block.body_start, block.end))
        source = _input(block, context, hints)
        hints.intro_year = year_named_in_the_opening(source) or _year_above_the_prose(block, context) or intro_year
        resolved.append(find_meeting_date(source))
    return resolved


def _neighbour_hints(known: list[date | None], index: int, newest_first: bool) -> YearHints:
    hints = YearHints(neighbours=[d for j, d in enumerate(known) if d is not None and j != index])
    if newest_first:
        above = [d for d in known[:index] if d is not None]
        below = [d for d in known[index + 1 :] if d is not None]
        hints.not_after = min(above) if above else None
        hints.not_before = max(below) if below else None
    return hints


def _after_the_previous_meeting(hints: YearHints, previous: date | None) -> None:
    """Minutes that agree those of a dated meeting before: this meeting is the first such day after it."""
    if previous is None:
        return
    hints.neighbours.append(previous)
    hints.not_before = max(hints.not_before or previous, previous)


def _by_the_bylines_period(hints: YearHints, period: tuple[date, date] | None) -> None:
    """A write-up its byline dates to a month or a year ("Report by Jo Bloggs, December 2022" under "Executive –
    w/c 5 December"): the meeting is the one nearest it, and not after it (within it, for a year)."""
    if period is None:
        return
    first, last = period
    hints.neighbours.append(first)
    hints.not_after = min(hints.not_after or last, last)
    if (last - first).days > _DAYS_IN_A_MONTH:
        hints.not_before = max(hints.not_before or first, first)


_DAYS_IN_A_MONTH = 31


def _input(block: ReportBlock, context: ReportContext, hints: YearHints) -> MeetingDateInput:
    return MeetingDateInput(
        page=context.text,
        title=block.title,
        title_start=block.title_start,
        body_start=block.body_start,
        end=block.end,
        published=hints.published,
        hints=hints,
        candidates=context.date_candidates,
        sentences=context.sentences,
    )


def _intro_year(first: ReportContext) -> int | None:
    """The one year written above the page's first report, if it writes exactly one."""
    years = {int(y) for y in WRITTEN_YEAR.findall(first.text, 0, first.start)}
    return years.pop() if len(years) == 1 else None


# how many lines under a report's heading, before its prose, are read for the year of an issue's line
_LINES_ABOVE_THE_PROSE = 3


def _year_above_the_prose(block: ReportBlock, context: ReportContext) -> int | None:
    """The one year the lines between a report's heading and its first sentence write ("Executive news – March" /
    "Spring 2022 newsletter" / "The executive met on 8 March."): an issue's or a post's line, the year of writing."""
    years: set[int] = set()
    for line in context.text[block.body_start : block.end].strip().split("\n")[: _LINES_ABOVE_THE_PROSE * 2]:
        if is_sentence(line):
            break
        years.update(int(y) for y in WRITTEN_YEAR.findall(line))
    return years.pop() if len(years) == 1 else None


def _years_in(context: ReportContext) -> list[int]:
    """The years the report writes: in full anywhere, or as two digits ending a date in figures ("12.02.19")."""
    in_full = [int(y) for y in WRITTEN_YEAR.findall(context.text, context.start, context.end)]
    short = [
        year
        for c in context.date_candidates
        if not WRITTEN_YEAR.search(c.match.group())
        for year in years_written(c.match.group())
    ]
    return in_full + short


def _runs_newest_first(days: list[date | None]) -> bool:
    known = [d for d in days if d is not None]
    pairs = list(itertools.pairwise(known))
    return bool(pairs) and sum(a >= b for a, b in pairs) * 2 > len(pairs)
