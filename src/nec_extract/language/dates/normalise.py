"""One date expression in, its ISO values out: a day, a month, a quarter, a year or a range of days."""

from __future__ import annotations

from nec_extract.language.dates.forms import Candidate
from nec_extract.language.dates.holidays import holiday_value
from nec_extract.language.dates.parts import dateparser_parts, parse_parts, parse_quarter
from nec_extract.language.dates.ranges import DAY_RANGE, range_value, year_range_value
from nec_extract.language.dates.values import DateValue, resolve
from nec_extract.language.dates.years import YearHints


def normalise(expression: str, hints: YearHints | None = None) -> DateValue:
    """ISO start/end/precision of one date expression; a missing year is inferred from the hints.

    Forms the regexes do not know are handed to dateparser (English, day first)."""
    hints = hints or YearHints()
    span_match = DAY_RANGE.search(expression)
    if span_match:
        return range_value(span_match.group("first"), span_match.group("last"), hints)
    parts = parse_quarter(expression) or parse_parts(expression) or dateparser_parts(expression)
    if parts is None:
        return DateValue.unresolved()
    return resolve(parts, hints)


def written_value(candidate: Candidate, hints: YearHints) -> DateValue:
    """The value of a candidate written as a date (not counted from a day: "today", "next May")."""
    match = candidate.match
    if candidate.kind == "range":
        return range_value(match.group("first"), match.group("last"), hints)
    if candidate.kind == "year_range":
        return year_range_value(match.group("first"), match.group("last"))
    if candidate.kind == "deictic_dated":
        return normalise(match.group("date"), hints)
    if candidate.kind == "holiday":
        return holiday_value(match.group("holiday"), hints)
    return normalise(match.group(), hints)
