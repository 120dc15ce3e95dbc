"""Dates counted from an anchor day (the meeting's, else the publication's): "today", "next year", "this
May", "last Monday", "on Saturday", "December 17th last year"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from nec_extract.language.calendar import WEEKDAY_NUMBERS
from nec_extract.language.dates.parts import Parts, month_number, parse_parts, parse_quarter
from nec_extract.language.dates.ranges import range_value
from nec_extract.language.dates.values import DateValue, at_precision, resolve
from nec_extract.language.dates.years import Tense, YearHints, nearest_weekday
from nec_extract.language.lexicon.dates import dates_vocabulary
from nec_extract.models import Precision

_VOCABULARY = dates_vocabulary()


@dataclass(frozen=True)
class Anchor:
    """The day relative dates count from, how precisely it is known, and how many days after it the
    report speaks ("today" in a report written the day after its meeting)."""

    day: date
    precision: Precision
    writing_offset: int = 0


def shift_of(word: str) -> int:
    """-1, 0 or 1 for "last", "this", "next" (and "this coming")."""
    return _VOCABULARY.shifts[" ".join(word.lower().split())]


def days_from_today(word: str) -> int:
    """-1 for "yesterday" or "last night", 0 for "today" or "this afternoon", 1 for "tomorrow"."""
    return _VOCABULARY.days_from_today[" ".join(word.lower().split())]


def is_past_word(word: str) -> bool:
    """ "yesterday", "last night", "last Tuesday": the words themselves put the day in the past."""
    words = " ".join(word.lower().split())
    if words in _VOCABULARY.days_from_today:
        return _VOCABULARY.days_from_today[words] < 0
    return _VOCABULARY.shifts.get(words.split()[0], 0) < 0


def from_today(word: str, anchor: Anchor) -> DateValue:
    """ "today", "yesterday", "tomorrow": the day the report speaks from, and the days either side."""
    if anchor.precision != Precision.DAY:
        return at_precision(anchor.day, anchor.precision)
    day = anchor.day + timedelta(days=anchor.writing_offset + days_from_today(word))
    return DateValue(day.isoformat(), None, Precision.DAY)


def relative_period(match: re.Match[str], anchor: Anchor) -> DateValue:
    """ "next year", "last month", "the New Year" (SPEC ruling: the coming year, whenever it is said)."""
    day = anchor.day
    if match.group("new_year"):
        return DateValue(str(day.year + 1), None, Precision.YEAR)
    step = shift_of(match.group("shift"))
    if match.group("unit").lower() == "year":
        return DateValue(str(day.year + step), None, Precision.YEAR)
    month_index = day.year * 12 + day.month - 1 + step
    return DateValue(f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", None, Precision.MONTH)


def day_of_a_relative_month(day: int, shift: str, anchor: Anchor) -> DateValue:
    """ "the 4th of this month", "the 20th of last month": that day of the month counted from the anchor's."""
    month_index = anchor.day.year * 12 + anchor.day.month - 1 + shift_of(shift)
    try:
        found = date(month_index // 12, month_index % 12 + 1, day)
    except ValueError:
        return DateValue.unresolved()
    return DateValue(found.isoformat(), None, Precision.DAY)


def relative_month(shift: str, month_name: str, anchor: Anchor) -> DateValue:
    """ "this May" is in the anchor's year; "next May" the first May after it, "last May" the one before."""
    month = month_number(month_name)
    if month is None:
        return DateValue.unresolved()
    day = anchor.day
    step = shift_of(shift)
    year = day.year
    if step > 0 and month <= day.month:
        year += 1
    elif step < 0 and month >= day.month:
        year -= 1
    return DateValue(f"{year:04d}-{month:02d}", None, Precision.MONTH)


def weekday_near(weekday_name: str, shift: str, anchor: Anchor, tense: Tense | None) -> DateValue | None:
    """A weekday in the anchor's week; "next" and "last" step out of it. None without a day to count from."""
    if anchor.precision != Precision.DAY:
        return None
    weekday = WEEKDAY_NUMBERS[weekday_name.lower()]
    step = shift_of(shift)
    day = anchor.day
    if step > 0:
        found = day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)
    elif step < 0:
        found = day - timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)
    else:
        found = nearest_weekday(weekday, day, tense)
    return DateValue(found.isoformat(), None, Precision.DAY)


def with_year_shift(text: str, shift: str, anchor: Anchor) -> DateValue:
    """ "December 17th last year", "the final quarter of next year": the year counted from the anchor."""
    parts = parse_quarter(text) or parse_parts(text)
    if parts is None:
        return DateValue.unresolved()
    year = anchor.day.year + shift_of(shift)
    return resolve(Parts(year, parts.month, parts.day, parts.weekday, parts.quarter), YearHints())


def range_with_year_shift(first: str, last: str, shift: str, anchor: Anchor) -> DateValue:
    """ "8-10 March next year": the range, its last end in the year counted from the anchor."""
    return range_value(first, f"{last} {anchor.day.year + shift_of(shift)}", YearHints())


def from_the_meeting(words: str, anchor: Anchor) -> DateValue:
    """ "the day before", "the following day": counted from the anchor's day."""
    if anchor.precision != Precision.DAY:
        return DateValue.unresolved()
    day = anchor.day + timedelta(days=_VOCABULARY.days_from_the_meeting[" ".join(words.lower().split())])
    return DateValue(day.isoformat(), None, Precision.DAY)


def anchor_period(unit: str, anchor: Anchor) -> DateValue:
    """ "the end of the year", "the start of the month": the anchor's year or month."""
    if unit.lower() == "year":
        return DateValue(str(anchor.day.year), None, Precision.YEAR)
    if anchor.precision not in (Precision.DAY, Precision.MONTH):
        return DateValue.unresolved()
    return at_precision(anchor.day, Precision.MONTH)


# how many months either side of the month in view a weekday-and-day ("Tuesday 19th") is sought
_MONTHS_AROUND = 2


def day_in_month(day: int, month: date | None) -> DateValue:
    """ "on the 12th" with no month: that day of the month in view; unresolved with none, or past its end."""
    if month is None:
        return DateValue.unresolved()
    try:
        return DateValue(month.replace(day=day).isoformat(), None, Precision.DAY)
    except ValueError:
        return DateValue.unresolved()


def weekday_day_near(weekday: str, day: int, around: date | None) -> DateValue:
    """ "Tuesday 19th" with no month: the 19th that is a Tuesday in the month in view, else in the nearest
    month around it where it is; unresolved when none is near (or no month is in view)."""
    if around is None:
        return DateValue.unresolved()
    wanted = WEEKDAY_NUMBERS[weekday.lower().rstrip(".")]
    found: list[date] = []
    for step in range(-_MONTHS_AROUND, _MONTHS_AROUND + 1):
        index = around.year * 12 + around.month - 1 + step
        try:
            candidate = date(index // 12, index % 12 + 1, day)
        except ValueError:
            continue
        if candidate.weekday() == wanted:
            found.append(candidate)
    if not found:
        return DateValue.unresolved()
    nearest = min(found, key=lambda d: abs((d - around.replace(day=min(day, 28))).days))
    return DateValue(nearest.isoformat(), None, Precision.DAY)
