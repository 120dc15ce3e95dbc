"""One date normaliser for meeting dates and date mentions: an expression in, ISO values out.

Years missing from an expression are inferred from :class:`YearHints`, in the SPEC's order: a
weekday named with the date, then the meeting date, the publication date, the neighbouring reports.
Forms the regexes here do not know are handed to dateparser (English, day first), memoised.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from nec_extract.language.calendar import MONTH_NUMBERS, MONTH_RE, WEEKDAY_ABBR_RE, WEEKDAY_NUMBERS, WEEKDAY_RE
from nec_extract.models import DateMention, Precision

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR_RE = r"(?:1[89]\d\d|20\d\d)"
DASH_RE = r"\s*(?:-|–|—|to|until|till)\s*"

_FLAGS = re.IGNORECASE
DAY_MONTH = re.compile(rf"\b(?P<day>{DAY_RE})(?:\s+of)?\s+(?P<month>{MONTH_RE})(?:,?\s+(?P<year>{YEAR_RE}))?\b", _FLAGS)
MONTH_DAY = re.compile(
    rf"\b(?P<month>{MONTH_RE})\s+(?:the\s+)?(?P<day>{DAY_RE})\b(?:,?\s+(?P<year>{YEAR_RE}))?\b", _FLAGS
)
MONTH_YEAR = re.compile(rf"\b(?P<month>{MONTH_RE})(?:,?\s+(?:of\s+)?(?P<year>{YEAR_RE}))?\b", _FLAGS)
NUMERIC = re.compile(
    r"\b(?P<day>[12]\d|3[01]|0?[1-9])(?P<sep>[/.])(?P<month>1[0-2]|0?[1-9])(?P=sep)(?P<year>(?:19|20)?\d\d)\b"
)
ISO_DAY = re.compile(rf"\b(?P<year>{YEAR_RE})-(?P<month>1[0-2]|0[1-9])-(?P<day>[12]\d|3[01]|0[1-9])\b")
WEEKDAY = re.compile(rf"\b(?P<weekday>{WEEKDAY_RE}|{WEEKDAY_ABBR_RE})\b", _FLAGS)
DAY_RANGE = re.compile(
    rf"\b(?P<day1>{DAY_RE})(?:\s+(?P<month1>{MONTH_RE}))?{DASH_RE}(?P<day2>{DAY_RE})\s+(?P<month>{MONTH_RE})"
    rf"(?:,?\s+(?P<year>{YEAR_RE}))?\b",
    _FLAGS,
)


Tense = Literal["past", "future"]
QUARTER = re.compile(
    rf"\bQ(?P<quarter>[1-4])\b(?:,?\s+(?:of\s+)?(?P<year>{YEAR_RE})\b)?"
    rf"|\b(?P<year_first>{YEAR_RE})\s+Q(?P<quarter2>[1-4])\b"
)
QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
QUARTER_ORDINALS.update({"1st": 1, "2nd": 2, "3rd": 3, "4th": 4})
ORDINAL_QUARTER = re.compile(
    rf"\b(?P<ordinal>{'|'.join(QUARTER_ORDINALS)})\s+quarter(?:\s+of)?(?:\s+(?P<year>{YEAR_RE}))?\b", _FLAGS
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
    quarter: int | None = None


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

    def anchor(self) -> tuple[date, date] | None:
        """The days a missing year is judged against: the meeting's, else the publication day."""
        if self.meeting is not None:
            return self.meeting, self.meeting_last or self.meeting
        if self.published is not None:
            return self.published, self.published
        return None


def iso_to_date(value: str) -> date:
    """The first day an ISO day, month, quarter or year string covers."""
    if "Q" in value:
        year, quarter = value.split("-Q")
        return date(int(year), 3 * int(quarter) - 2, 1)
    pieces = [int(p) for p in value.split("-")]
    return date(pieces[0], pieces[1] if len(pieces) > 1 else 1, pieces[2] if len(pieces) > 2 else 1)


def first_day(mention: DateMention | None) -> date | None:
    """The first day a resolved date mention covers (a month's first day), or None."""
    if mention is None or mention.start is None:
        return None
    return iso_to_date(mention.start)


def month_number(name: str) -> int | None:
    return MONTH_NUMBERS.get(name.lower().rstrip("."))


def day_number(token: str) -> int:
    return int(re.sub(r"\D", "", token))


@lru_cache(maxsize=4096)
def parse_parts(expression: str) -> Parts | None:
    """Day, month, year and weekday of one date expression, or None if it names no calendar date."""
    weekday_match = WEEKDAY.search(expression)
    weekday = WEEKDAY_NUMBERS[weekday_match.group("weekday").lower()] if weekday_match else None
    numeric = ISO_DAY.search(expression) or NUMERIC.search(expression)
    if numeric:
        year = int(numeric.group("year"))
        if year < 100:
            year += 2000 if year <= 50 else 1900
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
    if parts.quarter is not None:
        return _resolve_quarter(parts, hints)
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


def _resolve_quarter(parts: Parts, hints: YearHints) -> DateValue:
    year = parts.year if parts.year is not None else infer_year(parts, hints)
    if year is None:
        return DateValue.unresolved()
    return DateValue(f"{year:04d}-Q{parts.quarter}", None, Precision.QUARTER)


def infer_year(parts: Parts, hints: YearHints) -> int | None:
    """The year for a day, month or quarter named without one, or None when nothing ties it down."""
    assert parts.month is not None or parts.quarter is not None
    if parts.weekday is not None and parts.day is not None and parts.month is not None:
        year = _year_of_weekday(parts.month, parts.day, parts.weekday, _weekday_centre(hints))
        if year is not None:
            return year
    anchor = hints.anchor()
    if anchor is not None:
        return _nearest_year(parts, anchor, hints)
    if hints.neighbours and parts.month is not None:
        return _year_between_neighbours(parts, hints)
    return None


def _weekday_centre(hints: YearHints) -> int | None:
    """The year a weekday-qualified date is sought near: the meeting's, else the middle of the page's years."""
    if hints.meeting is not None:
        return hints.meeting.year
    years = sorted(hints.page_years + [d.year for d in (hints.published, *hints.neighbours) if d is not None])
    return years[len(years) // 2] if years else None


def _year_of_weekday(month: int, day: int, weekday: int, centre: int | None) -> int | None:
    """The year nearest the centre in which the day falls on the weekday (None without a centre)."""
    if centre is None:
        return None
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


def _nearest_year(parts: Parts, anchor: tuple[date, date], hints: YearHints) -> int:
    """The year that puts the day, month or quarter nearest the anchor, on the side the tense gives."""
    first = anchor[0]
    spans = {year: _days_covered(parts, year) for year in (first.year - 1, first.year, first.year + 1)}
    candidates = {year: span for year, span in spans.items() if span is not None}
    if not candidates:
        return first.year
    fitting = {year: span for year, span in candidates.items() if _fits_tense(span, anchor, hints.tense)}
    pool = fitting or candidates
    return min(pool, key=lambda year: (_gap(pool[year], anchor), abs(year - first.year)))


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


def normalise(expression: str, hints: YearHints | None = None) -> DateValue:
    """ISO start/end/precision of one date expression (a single date, a day range or a quarter)."""
    hints = hints or YearHints()
    span_match = DAY_RANGE.search(expression)
    if span_match:
        return _normalise_day_range(span_match, hints)
    parts = parse_quarter(expression) or parse_parts(expression) or _dateparser_parts(expression)
    if parts is None:
        return DateValue.unresolved()
    return resolve(parts, hints)


@lru_cache(maxsize=1024)
def parse_quarter(expression: str) -> Parts | None:
    """The quarter an expression names ("Q4 of 2022", "2023 Q1", "the third quarter of 2014")."""
    match = QUARTER.search(expression)
    if match:
        quarter = match.group("quarter") or match.group("quarter2")
        year_text = match.group("year") or match.group("year_first")
        return Parts(year=int(year_text) if year_text else None, quarter=int(quarter))
    match = ORDINAL_QUARTER.search(expression)
    if match:
        year_text = match.group("year")
        quarter = QUARTER_ORDINALS[match.group("ordinal").lower()]
        return Parts(year=int(year_text) if year_text else None, quarter=quarter)
    return None


@lru_cache(maxsize=1024)
def _dateparser_parts(expression: str) -> Parts | None:
    """Day and month of a form the regexes miss ("Tues 4th Feb", "5.3.2019"), read by dateparser.

    dateparser fills a missing year with the current one, so the year is kept only when written.
    """
    data = _dateparser().get_date_data(expression)
    if data.date_obj is None or data.period not in ("day", "month"):
        return None
    found = data.date_obj.date()
    written_year = re.search(rf"\b{YEAR_RE}\b", expression) or re.search(r"\d[./-]\d\d?[./-]\d\d\b", expression)
    return Parts(
        year=found.year if written_year else None,
        month=found.month,
        day=found.day if data.period == "day" else None,
    )


@lru_cache(maxsize=1)
def _dateparser() -> DateDataParser:
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["month"]},
    )


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
