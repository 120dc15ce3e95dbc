"""Ranges: two ends, the first borrowing what it leaves out from the last ("4 to 9 March 2020")."""

from __future__ import annotations

import re

from nec_extract.language.calendar import MONTH_RE, WEEKDAY_ABBR_RE, WEEKDAY_NUMBERS, WEEKDAY_RE
from nec_extract.language.dates.parts import DASH_RE, DAY_RE, YEAR_RE, Parts, parse_parts
from nec_extract.language.dates.values import DateValue, iso_to_date, resolve
from nec_extract.language.dates.years import YearHints, month_span
from nec_extract.language.grammar import ORDINAL_SUFFIX_RE
from nec_extract.models import Precision

#: a range of days in one expression: "4 to 9 March 2020", "30 December - 2 January"
DAY_RANGE = re.compile(
    rf"\b(?P<first>{DAY_RE}(?:\s+{MONTH_RE})?){DASH_RE}(?P<last>{DAY_RE}\s+{MONTH_RE}(?:,?\s+{YEAR_RE})?)\b",
    re.IGNORECASE,
)
# "Friday 8th", "Fri. 8th", "Mon 11th" at the head of a range's end
_WEEKDAY_FIRST = re.compile(rf"(?P<weekday>{WEEKDAY_RE}|{WEEKDAY_ABBR_RE})\.?,?\s+", re.IGNORECASE)
_DAY_AND_YEAR = re.compile(rf"(?P<day>\d{{1,2}}){ORDINAL_SUFFIX_RE}?(?:,?\s+(?P<year>{YEAR_RE}))?")


def range_value(first_text: str, last_text: str, hints: YearHints) -> DateValue:
    """A range of days or months; the first end borrows what it leaves out from the last."""
    first = _parts_or_day(first_text)
    last = _parts_or_day(last_text)
    if first is None or last is None:
        return DateValue.unresolved()
    if last.month is None:
        last = Parts(last.year, first.month, last.day, last.weekday)
    end = resolve(last, hints)
    if end.start is None:
        return DateValue.unresolved()
    end_day = iso_to_date(end.start)
    month = first.month or end_day.month
    year = first.year
    if year is None:
        year = end_day.year - 1 if month > end_day.month else end_day.year
    start = resolve(Parts(year, month, first.day, first.weekday), hints)
    if start.start is None or start.precision != end.precision or start.start > end.start:
        return DateValue.unresolved()
    if first.year is None and last.year is None and _months_begun_before_a_future(start, hints):
        return DateValue(_a_year_on(start.start), _a_year_on(end.start), end.precision)
    return DateValue(start.start, end.start, end.precision)


def _months_begun_before_a_future(start: DateValue, hints: YearHints) -> bool:
    """ "in future the budget is discussed in January and February", in a February meeting: months told ahead
    whose first has ended by the meeting are next year's."""
    anchor = hints.anchor()
    if hints.tense != "future" or anchor is None or start.precision != Precision.MONTH or start.start is None:
        return False
    return month_span(iso_to_date(start.start))[1] < anchor[0]


def _a_year_on(value: str) -> str:
    """An ISO month a year later."""
    return f"{int(value[:4]) + 1:04d}{value[4:]}"


def year_range_value(first_text: str, last_text: str) -> DateValue:
    """ "2019-20", "2015 to 2017": the years, the second completed from the first's century."""
    end_year = last_text if len(last_text) == 4 else first_text[:2] + last_text
    return DateValue(first_text, end_year, Precision.YEAR)


def _parts_or_day(text: str) -> Parts | None:
    """Parts of one end of a range; a bare number is a day ("4" in "4 to 9 March", "14, 2023" in "June 12-14, 2023",
    "Friday 8th" in "Friday 8th and Saturday 9th March")."""
    weekday = _WEEKDAY_FIRST.match(text.strip())
    day_only = _DAY_AND_YEAR.fullmatch(text.strip()[weekday.end() if weekday else 0 :])
    if day_only:
        written_year = day_only.group("year")
        return Parts(
            year=int(written_year) if written_year else None,
            day=int(day_only.group("day")),
            weekday=WEEKDAY_NUMBERS.get(weekday.group("weekday").lower().rstrip(".")) if weekday else None,
        )
    return parse_parts(text)
