"""One date normaliser for meeting dates and date mentions: an expression in, ISO values out.

Years missing from an expression are inferred from :class:`YearHints`, in the SPEC's order: a
weekday named with the date, then the meeting date, the publication date, the neighbouring reports.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from nec_extract.models import Precision

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})

MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR_RE = r"(?:1[89]\d\d|20\d\d)"
DASH_RE = r"\s*(?:-|–|—|to|until|till)\s*"

_FLAGS = re.IGNORECASE
DAY_MONTH = re.compile(rf"\b(?P<day>{DAY_RE})(?:\s+of)?\s+(?P<month>{MONTH_RE})(?:,?\s+(?P<year>{YEAR_RE}))?\b", _FLAGS)
MONTH_DAY = re.compile(rf"\b(?P<month>{MONTH_RE})\s+(?P<day>{DAY_RE})\b(?:,?\s+(?P<year>{YEAR_RE}))?\b", _FLAGS)
MONTH_YEAR = re.compile(rf"\b(?P<month>{MONTH_RE})(?:,?\s+(?:of\s+)?(?P<year>{YEAR_RE}))?\b", _FLAGS)
NUMERIC = re.compile(r"\b(?P<day>[12]\d|3[01]|0?[1-9])/(?P<month>1[0-2]|0?[1-9])/(?P<year>(?:19|20)?\d\d)\b")
WEEKDAY = re.compile(rf"\b(?P<weekday>{WEEKDAY_RE})\b", _FLAGS)
DAY_RANGE = re.compile(
    rf"\b(?P<day1>{DAY_RE})(?:\s+(?P<month1>{MONTH_RE}))?{DASH_RE}(?P<day2>{DAY_RE})\s+(?P<month>{MONTH_RE})"
    rf"(?:,?\s+(?P<year>{YEAR_RE}))?\b",
    _FLAGS,
)


@dataclass(frozen=True)
class DateValue:
    start: str | None
    end: str | None
    precision: Precision | None

    @classmethod
    def unresolved(cls) -> DateValue:
        return cls(None, None, None)


@dataclass(frozen=True)
class Parts:
    """What an expression says: any of day, month, year and weekday (1-based month, 0=Monday)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None


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


def iso_to_date(value: str) -> date:
    """The first day an ISO day, month, quarter or year string covers."""
    if "Q" in value:
        year, quarter = value.split("-Q")
        return date(int(year), 3 * int(quarter) - 2, 1)
    pieces = [int(p) for p in value.split("-")]
    return date(pieces[0], pieces[1] if len(pieces) > 1 else 1, pieces[2] if len(pieces) > 2 else 1)


def month_number(name: str) -> int | None:
    return MONTHS.get(name.lower().rstrip("."))


def day_number(token: str) -> int:
    return int(re.sub(r"\D", "", token))


@lru_cache(maxsize=4096)
def parse_parts(expression: str) -> Parts | None:
    """Day, month, year and weekday of one date expression, or None if it names no calendar date."""
    weekday_match = WEEKDAY.search(expression)
    weekday = WEEKDAYS[weekday_match.group("weekday").lower()] if weekday_match else None
    numeric = NUMERIC.search(expression)
    if numeric:
        year = int(numeric.group("year"))
        year += 2000 if year < 100 else 0
        return _valid(Parts(year, int(numeric.group("month")), int(numeric.group("day")), weekday))
    for pattern in (DAY_MONTH, MONTH_DAY):
        match = pattern.search(expression)
        if match:
            year_text = match.group("year")
            return _valid(
                Parts(
                    int(year_text) if year_text else None,
                    month_number(match.group("month")),
                    day_number(match.group("day")),
                    weekday,
                )
            )
    match = MONTH_YEAR.search(expression)
    if match:
        year_text = match.group("year")
        return Parts(int(year_text) if year_text else None, month_number(match.group("month")), None, weekday)
    year_only = re.search(rf"\b{YEAR_RE}\b", expression)
    if year_only:
        return Parts(int(year_only.group()), None, None, None)
    return None


def _valid(parts: Parts) -> Parts | None:
    if parts.month is None or parts.day is None:
        return parts
    if parts.year is not None:
        try:
            date(parts.year, parts.month, parts.day)
        except ValueError:
            return None
    elif parts.day > calendar.monthrange(2000, parts.month)[1]:
        return None
    return parts


def resolve(parts: Parts, hints: YearHints) -> DateValue:
    """ISO values for parsed parts, inferring a missing year from the hints."""
    if parts.month is None:
        if parts.year is None:
            return DateValue.unresolved()
        return DateValue(f"{parts.year:04d}", None, Precision.YEAR)
    year = parts.year if parts.year is not None else infer_year(parts, hints)
    if year is None:
        return DateValue.unresolved()
    if parts.day is None:
        return DateValue(f"{year:04d}-{parts.month:02d}", None, Precision.MONTH)
    try:
        day = date(year, parts.month, parts.day)
    except ValueError:
        return DateValue.unresolved()
    return DateValue(day.isoformat(), None, Precision.DAY)


def infer_year(parts: Parts, hints: YearHints) -> int | None:
    """The year for a day or month named without one, or None when nothing ties it down."""
    assert parts.month is not None
    if parts.weekday is not None and parts.day is not None and _reference_years(hints):
        year = _year_of_weekday(parts.month, parts.day, parts.weekday, _reference_years(hints))
        if year is not None:
            return year
    for anchor in (hints.meeting, hints.published):
        if anchor is not None:
            return _nearest_year(parts, anchor)
    if hints.neighbours:
        return _year_between_neighbours(parts, hints)
    return None


def _reference_years(hints: YearHints) -> list[int]:
    years = list(hints.page_years)
    years += [d.year for d in (hints.meeting, hints.published) if d is not None]
    years += [d.year for d in hints.neighbours]
    return years


def _year_of_weekday(month: int, day: int, weekday: int, reference_years: list[int]) -> int | None:
    centre = round(sum(reference_years) / len(reference_years)) if reference_years else date.today().year
    candidates = []
    for year in range(centre - 30, centre + 31):
        try:
            if date(year, month, day).weekday() == weekday:
                candidates.append(year)
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda y: (abs(y - centre), -y))


def _nearest_year(parts: Parts, anchor: date) -> int:
    """The year that puts the month (and day) nearest the anchor date."""
    assert parts.month is not None
    day = parts.day or 15
    best = anchor.year
    best_distance: int | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            distance = abs((date(year, parts.month, min(day, 28 if parts.month == 2 else day)) - anchor).days)
        except ValueError:
            continue
        if best_distance is None or distance < best_distance:
            best, best_distance = year, distance
    return best


def _year_between_neighbours(parts: Parts, hints: YearHints) -> int | None:
    """On a page of several reports: the year within the bounds the page order sets, nearest a neighbour."""
    assert parts.month is not None
    day = parts.day or 1
    years = sorted({d.year + shift for d in hints.neighbours for shift in (-1, 0, 1)})
    best: tuple[int, int] | None = None
    for year in years:
        try:
            candidate = date(year, parts.month, day)
        except ValueError:
            continue
        if hints.not_after is not None and candidate > hints.not_after:
            continue
        if hints.not_before is not None and candidate < hints.not_before:
            continue
        distance = min(abs((candidate - d).days) for d in hints.neighbours)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def normalise(expression: str, hints: YearHints | None = None) -> DateValue:
    """ISO start/end/precision of one date expression (a single date or a day range)."""
    hints = hints or YearHints()
    span_match = DAY_RANGE.search(expression)
    if span_match:
        return _normalise_day_range(span_match, hints)
    parts = parse_parts(expression)
    if parts is None:
        return DateValue.unresolved()
    return resolve(parts, hints)


def _normalise_day_range(match: re.Match[str], hints: YearHints) -> DateValue:
    month = month_number(match.group("month"))
    first_month = month_number(match.group("month1")) if match.group("month1") else month
    year_text = match.group("year")
    year = int(year_text) if year_text else None
    assert month is not None and first_month is not None
    last = resolve(Parts(year, month, day_number(match.group("day2"))), hints)
    if last.start is None:
        return DateValue.unresolved()
    last_year = int(last.start[:4])
    first_year = last_year - 1 if first_month > month else last_year
    first = resolve(Parts(first_year, first_month, day_number(match.group("day1"))), hints)
    if first.start is None or first.start > last.start:
        return DateValue.unresolved()
    return DateValue(first.start, last.start, Precision.DAY)
