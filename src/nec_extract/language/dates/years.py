"""The year of a date written without one, from what the page says around it (SPEC: Dates, in its order:
a weekday named with the date, the meeting date and the tense, the publication date, the neighbouring reports)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from nec_extract.language.dates.parts import Parts

Tense = Literal["past", "future"]
# how far from the page's years a weekday-qualified date is sought
_WEEKDAY_REACH = 30
# the days after the meeting its report may be written (or updated) in: a day told in the past may fall in them
_WRITING_AFTER_THE_MEETING = 14


@dataclass
class YearHints:
    """Context for a date that names no year."""

    meeting: date | None = None
    published: date | None = None
    neighbours: list[date] = field(default_factory=list)
    # page-level dates near which a weekday-qualified date should fall
    page_years: list[int] = field(default_factory=list)
    # the meeting's date must not be after this (a later report above it on a newest-first page)
    not_after: date | None = None
    not_before: date | None = None
    # the last day the meeting date covers, when it is a whole month
    meeting_last: date | None = None
    # "past" or "future" when the text makes plain which side of the anchor the date lies
    tense: Tense | None = None
    # the one year a page's intro gives above its reports ("Reports from 2019"), the last resort
    intro_year: int | None = None
    # the years of the days the report writes with one ("met on 11 February 2025"), by (month, day): the same
    # day written again without it ("the decision of 11 February") is that day
    written_days: dict[tuple[int, int], int] = field(default_factory=dict)

    def anchor(self) -> tuple[date, date] | None:
        """The days a missing year is judged against: the meeting's, else the publication day."""
        if self.meeting is not None:
            return self.meeting, self.meeting_last or self.meeting
        if self.published is not None:
            return self.published, self.published
        return None


def infer_year(parts: Parts, hints: YearHints) -> int | None:
    """The year for a day, month or quarter named without one, or None when nothing ties it down: the
    weekday's, the year the report wrote the same day with, the anchor's (meeting or publication), the
    neighbouring reports', else the page intro's."""
    assert parts.month is not None or parts.quarter is not None
    if parts.weekday is not None and parts.day is not None and parts.month is not None:
        year = _year_of_weekday(parts.month, parts.day, parts.weekday, _weekday_centre(hints), hints.tense)
        if year is not None:
            return year
    written = hints.written_days.get((parts.month, parts.day)) if parts.day is not None and parts.month else None
    if written is not None:
        return written
    anchor = hints.anchor()
    if anchor is not None:
        return _nearest_year(parts, anchor, hints)
    if hints.neighbours and parts.month is not None:
        return _year_between_neighbours(parts, hints)
    return hints.intro_year


def _middle(years: list[int]) -> int | None:
    """The middle of the years given."""
    return sorted(years)[len(years) // 2] if years else None


def _weekday_centre(hints: YearHints) -> int | None:
    """The year a weekday-qualified date is sought near: the meeting's, else the middle of the page's years."""
    if hints.meeting is not None:
        return hints.meeting.year
    return _middle(hints.page_years + [d.year for d in (hints.published, *hints.neighbours) if d is not None])


def _year_of_weekday(month: int, day: int, weekday: int, centre: int | None, tense: Tense | None) -> int | None:
    """The year nearest the centre in which the day falls on the weekday (None without a centre); of two
    equally near, the earlier when the tense looks back, else the later."""
    if centre is None:
        return None
    candidates = []
    for year in range(centre - _WEEKDAY_REACH, centre + _WEEKDAY_REACH + 1):
        try:
            if date(year, month, day).weekday() == weekday:
                candidates.append(year)
        except ValueError:
            continue
    if not candidates:
        return None
    later_first = -1 if tense != "past" else 1
    return min(candidates, key=lambda y: (abs(y - centre), later_first * y))


def _nearest_year(parts: Parts, anchor: tuple[date, date], hints: YearHints) -> int:
    """The year that puts the day, month or quarter nearest the anchor, on the side the tense gives."""
    first = anchor[0]
    spans = {year: _days_covered(parts, year) for year in (first.year - 1, first.year, first.year + 1)}
    candidates = {year: span for year, span in spans.items() if span is not None}
    if not candidates:
        return first.year
    told_from = _told_from(anchor, parts, hints)
    fitting = {year: span for year, span in candidates.items() if _fits_tense(span, told_from, hints.tense)}
    pool = fitting or candidates
    return min(pool, key=lambda year: (_gap(pool[year], anchor), abs(year - first.year)))


def _told_from(anchor: tuple[date, date], parts: Parts, hints: YearHints) -> tuple[date, date]:
    """The days a tense is told from: the meeting's, and for a day told in the past the days after it its report
    may be written in ("UPDATE: the NEC has confirmed it at its meeting on 26 March", of a meeting on the 23rd)."""
    if parts.day is None or hints.meeting is None or hints.tense != "past":
        return anchor
    return anchor[0], anchor[1] + timedelta(days=_WRITING_AFTER_THE_MEETING)


def _days_covered(parts: Parts, year: int) -> tuple[date, date] | None:
    """First and last day the parts cover in that year (None for a day the year lacks, 29 February)."""
    if parts.quarter is not None:
        start = date(year, 3 * parts.quarter - 2, 1)
        return start, _month_end(date(year, 3 * parts.quarter, 1))
    assert parts.month is not None
    if parts.day is None:
        start = date(year, parts.month, 1)
        return start, _month_end(start)
    try:
        day = date(year, parts.month, parts.day)
    except ValueError:
        return None
    return day, day


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def month_span(day: date) -> tuple[date, date]:
    """First and last day of the month a day falls in."""
    return day.replace(day=1), _month_end(day)


def _fits_tense(span: tuple[date, date], anchor: tuple[date, date], tense: Tense | None) -> bool:
    if tense == "past":
        return span[0] <= anchor[1]
    if tense == "future":
        return span[1] >= anchor[0]
    return True


def _gap(span: tuple[date, date], anchor: tuple[date, date]) -> int:
    """Days between two periods; 0 when they overlap."""
    if span[1] < anchor[0]:
        return (anchor[0] - span[1]).days
    if span[0] > anchor[1]:
        return (span[0] - anchor[1]).days
    return 0


def _year_between_neighbours(parts: Parts, hints: YearHints) -> int | None:
    """On a page of several reports: the year within the bounds the page order sets, nearest a neighbour."""
    assert parts.month is not None
    best: tuple[int, int] | None = None
    for year in sorted({d.year + shift for d in hints.neighbours for shift in (-1, 0, 1)}):
        candidate = _day_in(year, parts.month, parts.day or 1)
        if candidate is None or not _within_page_order(candidate, hints):
            continue
        distance = min(abs((candidate - d).days) for d in hints.neighbours)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def _day_in(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _within_page_order(day: date, hints: YearHints) -> bool:
    if hints.not_after is not None and day > hints.not_after:
        return False
    return hints.not_before is None or day >= hints.not_before


def nearest_weekday(weekday: int, anchor: date, tense: Tense | None = None) -> date:
    """The day of that weekday in the anchor's week: the nearer of the one before and the one after,
    unless the tense picks a side ("on Saturday" after a Tuesday meeting: 3 days back, or 4 ahead)."""
    back = anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
    ahead = anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    if tense == "past":
        return back
    if tense == "future":
        return ahead
    return back if (anchor - back) <= (ahead - anchor) else ahead
