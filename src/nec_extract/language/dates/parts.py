"""What one date expression says: its day, month, year, weekday or quarter, as numbers (no year inferred)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from nec_extract.language.calendar import (
    FULL_MONTH_NAMES,
    MONTH_ABBREVIATIONS,
    MONTH_NUMBERS,
    MONTH_RE,
    WEEKDAY_ABBR_RE,
    WEEKDAY_NUMBERS,
    WEEKDAY_RE,
)
from nec_extract.language.grammar import ORDINAL_SUFFIX_RE
from nec_extract.language.lexicon import alternation, two_spaces_too
from nec_extract.language.lexicon.dates import dates_vocabulary

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

DAY_NUMBER_RE = r"(?:[12]\d|3[01]|0?[1-9])"
MONTH_NUMBER_RE = r"(?:1[0-2]|0?[1-9])"
DAY_RE = rf"{DAY_NUMBER_RE}{ORDINAL_SUFFIX_RE}?"
YEAR_RE = r"(?:1[89]\d\d|20\d\d)"
#: a year cut to two digits after a month's name: "March '19", "14-Mar-19" (also "14-Mar-2019")
SHORT_YEAR_AFTER_MONTH_RE = rf"(?:,?\s+['’‘]\d\d|-(?:{YEAR_RE}|\d\d))\b"
#: between a day and its month: "12 of March", "the 12th day of March" (formal minutes)
OF_MONTH_RE = r"(?:\s+(?:day\s+)?of)?"
#: the dash or word between the two ends of a range
DASH_RE = rf"\s*(?:-|–|—|{alternation(dates_vocabulary().range_joiners)})\s*"


def _day_ordinal_words() -> dict[str, int]:
    """Every day of a month as an ordinal word: "fourteenth", "twenty-first" (and "twenty first")."""
    vocabulary = dates_vocabulary()
    words = dict(vocabulary.day_ordinal_words)
    units = {word: n for word, n in vocabulary.day_ordinal_words.items() if n < 10}
    for tens, value in vocabulary.day_ordinal_tens.items():
        for unit, n in units.items():
            if value + n <= 31:
                words[f"{tens}-{unit}"] = words[f"{tens} {unit}"] = value + n
    return words


DAY_ORDINAL_WORDS = _day_ordinal_words()
#: a day as a word, only where a month follows with "of" or comes before with "the": "the fourteenth of June",
#: "June the fourteenth" (not "the second March meeting")
WORD_DAY_RE = rf"(?:{alternation(DAY_ORDINAL_WORDS)})"
#: just after "the" (and its space, or a run of two)
AFTER_THE_RE = two_spaces_too(r"(?<=\bthe )")
_WORD_DAY = re.compile(
    rf"\b(?P<word>{WORD_DAY_RE})(?=[ \t]+(?:day[ \t]+)?of[ \t]+{MONTH_RE})"
    rf"|{AFTER_THE_RE}(?P<after_month>{WORD_DAY_RE})\b",
    re.IGNORECASE,
)

_FLAGS = re.IGNORECASE
DAY_MONTH = re.compile(
    rf"\b(?P<day>{DAY_RE}){OF_MONTH_RE}\s+(?P<month>{MONTH_RE})(?:,?\s+(?P<year>{YEAR_RE}))?\b", _FLAGS
)
MONTH_DAY = re.compile(
    rf"\b(?P<month>{MONTH_RE})\s+(?:the\s+)?(?P<day>{DAY_RE})\b(?:,?\s+(?P<year>{YEAR_RE}))?\b", _FLAGS
)
MONTH_YEAR = re.compile(rf"\b(?P<month>{MONTH_RE})(?:,?\s+(?:of\s+)?(?P<year>{YEAR_RE}))?\b", _FLAGS)
# day first in figures: "14/12/2019", "14.12.19", "14-12-2019", "14-12-19" (with dashes and two digits of year
# only with a month of two digits)
NUMERIC = re.compile(
    r"\b(?P<day>[12]\d|3[01]|0?[1-9])(?:(?P<sep>[/.])(?P<month>1[0-2]|0?[1-9])(?P=sep)(?P<year>(?:19|20)?\d\d)"
    r"|-(?P<dash_month>1[0-2]|0?[1-9])-(?P<dash_year>(?:19|20)\d\d)"
    r"|-(?P<dash_month2>1[0-2]|0[1-9])-(?P<dash_year2>\d\d))\b"
)
# month first in figures, as American pages write it, where the second number cannot be a month: "02/25/2024",
# "9/13/2023" (never "03/04/2024", which stays day first)
US_NUMERIC = re.compile(r"\b(?P<month>1[0-2]|0?[1-9])/(?P<day>1[3-9]|2\d|3[01])/(?P<year>(?:19|20)\d\d)\b")
# day and month in figures with no year, as the whole expression: "25/3", "Tue 17/10" (forms.py finds it only
# where checks.py sees a word that makes it a day)
DAY_MONTH_FIGURES = re.compile(
    rf"(?:(?:{WEEKDAY_RE}|{WEEKDAY_ABBR_RE})\.?,?\s+)?(?P<day>{DAY_NUMBER_RE})/(?P<month>{MONTH_NUMBER_RE})", _FLAGS
)
# year first: "2019-12-14", "2019/12/14"
ISO_DAY = re.compile(
    rf"\b(?P<year>{YEAR_RE})(?P<sep>[-/])(?P<month>1[0-2]|0[1-9])(?P=sep)(?P<day>[12]\d|3[01]|0[1-9])\b"
)
WEEKDAY = re.compile(rf"\b(?P<weekday>{WEEKDAY_RE}|{WEEKDAY_ABBR_RE})\b", _FLAGS)
WRITTEN_YEAR = re.compile(rf"\b{YEAR_RE}\b")
#: a scraper's stamp of the day a page was saved: "date 2020-11-25"
DATE_STAMP = re.compile(rf"\bdate\s+(?P<date>{YEAR_RE}-\d\d-\d\d)\b", re.IGNORECASE)

QUARTER = re.compile(
    rf"\bQ(?P<quarter>[1-4])\b(?:,?\s+(?:of\s+)?(?P<year>{YEAR_RE})\b)?"
    rf"|\b(?P<year_first>{YEAR_RE})\s+Q(?P<quarter2>[1-4])\b"
)
QUARTER_ORDINALS: dict[str, int] = dates_vocabulary().quarter_ordinals
ORDINAL_QUARTER = re.compile(
    rf"\b(?P<ordinal>{alternation(QUARTER_ORDINALS)})\s+quarter(?:\s+of)?(?:\s+(?P<year>{YEAR_RE}))?\b", _FLAGS
)


@dataclass(frozen=True)
class Parts:
    """What an expression says: any of day, month, year and weekday (1-based month, 0=Monday)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    quarter: int | None = None


def month_number(name: str) -> int | None:
    return MONTH_NUMBERS.get(name.lower().rstrip("."))


def day_number(token: str) -> int:
    return int(re.sub(r"\D", "", token))


# "14-Mar-2019", "14-Mar-19", "12th March '19": read as "14 Mar 2019", "12th March 2019"
_DASHED_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})-({MONTH_RE})-(\d\d(?:\d\d)?)\b", re.IGNORECASE)
_APOSTROPHE_YEAR = re.compile(r"(?<=[A-Za-z.])(,?\s+)['’‘](\d\d)\b")
#: "12 Mar 19", "12 March 24" in a heading, a byline or a sentence of minutes: a day, a month (abbreviated, or in
#: full with its capital) and two digits of year that end the line, a part of it or the sentence ("deadline 1 Mar
#: 22.", "Executive minutes 12 March 24"; not "12 Mar 19 members")
_SHORT_YEAR_ENDS = r"(?=[^\S\n]*(?:\n|$|[,)|–—;:]|\.(?:\s|$)))"
_SHORT_YEAR_MONTH = rf"(?-i:(?:{'|'.join(MONTH_ABBREVIATIONS)})\.?|{'|'.join(FULL_MONTH_NAMES)})"
SPACED_SHORT_YEAR_RE = rf"\b{DAY_RE}\s+{_SHORT_YEAR_MONTH}\s+\d\d{_SHORT_YEAR_ENDS}"
_SPACED_SHORT_YEAR = re.compile(rf"(\b{DAY_RE}\s+{_SHORT_YEAR_MONTH}\s+)(\d\d){_SHORT_YEAR_ENDS}", re.MULTILINE)


def _written_out(expression: str) -> str:
    """The expression with a day as a word in figures, and a dashed day, month and year and a year cut to two
    digits written out in full."""
    expression = _WORD_DAY.sub(lambda m: str(DAY_ORDINAL_WORDS[" ".join(m.group().lower().split())]), expression)
    expression = _DASHED_DAY_MONTH_YEAR.sub(lambda m: f"{m[1]} {m[2]} {_full_year(m[3])}", expression)
    expression = _APOSTROPHE_YEAR.sub(lambda m: f"{m[1]}{_full_year(m[2])}", expression)
    return _SPACED_SHORT_YEAR.sub(lambda m: f"{m[1]}{_full_year(m[2])}", expression)


@lru_cache(maxsize=4096)
def parse_parts(expression: str) -> Parts | None:
    """Day, month, year and weekday of one date expression, or None if it names no calendar date."""
    expression = _written_out(expression)
    weekday_match = WEEKDAY.search(expression)
    weekday = WEEKDAY_NUMBERS[weekday_match.group("weekday").lower()] if weekday_match else None
    numeric = ISO_DAY.search(expression) or NUMERIC.search(expression)
    if numeric:
        groups = numeric.groupdict()
        month = groups.get("dash_month") or groups.get("dash_month2") or groups["month"]
        year = groups.get("dash_year") or groups.get("dash_year2") or groups["year"]
        return _valid(Parts(_full_year(year), int(month), int(numeric.group("day")), weekday))
    us_order = US_NUMERIC.search(expression)
    if us_order:
        return _valid(Parts(int(us_order["year"]), int(us_order["month"]), int(us_order["day"]), weekday))
    figures = DAY_MONTH_FIGURES.fullmatch(expression.strip())
    if figures:
        return _valid(Parts(None, int(figures.group("month")), int(figures.group("day")), weekday))
    for pattern in (DAY_MONTH, MONTH_DAY):
        match = pattern.search(expression)
        if match:
            day = day_number(match.group("day"))
            return _valid(Parts(_year_or_none(match), month_number(match.group("month")), day, weekday))
    match = MONTH_YEAR.search(expression)
    if match:
        return Parts(_year_or_none(match), month_number(match.group("month")), None, weekday)
    year_only = WRITTEN_YEAR.search(expression)
    if year_only:
        return Parts(int(year_only.group()), None, None, None)
    return None


def years_written(expression: str) -> list[int]:
    """The years a date expression writes: in full ("12 February 2019"), or as the two digits that end a day and
    month in figures ("12.02.19", "12-02-19")."""
    years = [int(year) for year in WRITTEN_YEAR.findall(expression)]
    numeric = NUMERIC.search(expression)
    if years or numeric is None:
        return years
    short = numeric.group("year") or numeric.group("dash_year2")
    return [_full_year(short)] if short else []


def _full_year(text: str) -> int:
    """A year written with two digits is in this century up to 50, else the last."""
    year = int(text)
    if year < 100:
        year += 2000 if year <= 50 else 1900
    return year


def _year_or_none(match: re.Match[str]) -> int | None:
    year_text = match.group("year")
    return int(year_text) if year_text else None


def _valid(parts: Parts) -> Parts | None:
    """The parts, or None for a day the month lacks (31 April; 29 February outside a leap year)."""
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
        quarter = QUARTER_ORDINALS[match.group("ordinal").lower()]
        return Parts(year=_year_or_none(match), quarter=quarter)
    return None


@lru_cache(maxsize=1024)
def dateparser_parts(expression: str) -> Parts | None:
    """Day and month of a form the regexes miss ("Tues 4th Feb", "5.3.2019"), read by dateparser.

    dateparser fills a missing year with the current one, so the year is kept only when written.
    """
    data = _dateparser().get_date_data(expression)
    if data.date_obj is None or data.period not in ("day", "month"):
        return None
    found = data.date_obj.date()
    written_year = WRITTEN_YEAR.search(expression) or re.search(r"\d[./-]\d\d?[./-]\d\d\b", expression)
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
