"""ISO values of a date (start, end, precision) and the way back from them to a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nec_extract.language.dates.parts import Parts
from nec_extract.language.dates.years import YearHints, infer_year
from nec_extract.models import DateMention, Precision


@dataclass(frozen=True)
class DateValue:
    start: str | None
    end: str | None
    precision: Precision | None

    @classmethod
    def unresolved(cls) -> DateValue:
        return cls(None, None, None)


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


def at_precision(day: date, precision: Precision) -> DateValue:
    """The period of that precision a day falls in: its day, month, quarter or year."""
    if precision == Precision.QUARTER:
        return DateValue(f"{day.year}-Q{(day.month - 1) // 3 + 1}", None, precision)
    iso = {Precision.DAY: day.isoformat(), Precision.MONTH: day.isoformat()[:7], Precision.YEAR: str(day.year)}
    return DateValue(iso[precision], None, precision)
