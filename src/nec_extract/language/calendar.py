"""Month and weekday names as numbers and regex fragments, built from ``models/calendar.json``."""

from __future__ import annotations

from nec_extract.language.lexicon.calendar import CalendarName, calendar_vocabulary

_VOCABULARY = calendar_vocabulary()
_MONTHS: tuple[CalendarName, ...] = _VOCABULARY.months
_WEEKDAYS: tuple[CalendarName, ...] = _VOCABULARY.weekdays

#: lower-case month name or abbreviation -> 1..12
MONTH_NUMBERS: dict[str, int] = {
    form.lower(): number for number, month in enumerate(_MONTHS, start=1) for form in (month.name, *month.abbreviations)
}
#: lower-case weekday name or abbreviation -> 0 (Monday) .. 6
WEEKDAY_NUMBERS: dict[str, int] = {
    form.lower(): number for number, day in enumerate(_WEEKDAYS) for form in (day.name, *day.abbreviations)
}
FULL_MONTH_NAMES: tuple[str, ...] = tuple(month.name for month in _MONTHS)
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(form for month in _MONTHS for form in month.abbreviations)
WEEKDAY_NAMES: tuple[str, ...] = tuple(day.name for day in _WEEKDAYS)
WEEKDAY_ABBREVIATIONS: tuple[str, ...] = tuple(form for day in _WEEKDAYS for form in day.abbreviations)

#: a full month name: "(?:January|...|December)"
FULL_MONTH_RE = f"(?:{'|'.join(FULL_MONTH_NAMES)})"
#: a month name or abbreviation, with the abbreviation's full stop; a whole word ("DEC", not the start of
#: "DECLARATIONS")
MONTH_RE = f"(?:{'|'.join(FULL_MONTH_NAMES + MONTH_ABBREVIATIONS)})\\.?(?![^\\W\\d_])"
#: a full weekday name
WEEKDAY_RE = f"(?:{'|'.join(WEEKDAY_NAMES)})"
#: a weekday abbreviation, capitalised only: "Sat", "Sun" and "Wed" are words too
WEEKDAY_ABBR_RE = f"(?-i:{'|'.join(WEEKDAY_ABBREVIATIONS)})"
#: a weekday, in full or abbreviated ("Tuesday", "Tues.", "Tue")
WEEKDAY_ANY = rf"(?:{WEEKDAY_RE}|{WEEKDAY_ABBR_RE}\.?)"
#: a clock time, as a live blog stamps its entries: "10:50", "3.15pm", "11.05 a.m."
CLOCK_TIME_RE = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
#: the three letters every month and weekday name starts with ("jan", ..., "sun")
NAME_PREFIXES: tuple[str, ...] = tuple(name[:3].lower() for name in FULL_MONTH_NAMES + WEEKDAY_NAMES)
