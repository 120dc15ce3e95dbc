"""The written forms of a date mention, one regex per form, each tried where a trigger of its sort starts.

A form's kind says how its value is found: a written date ("day", "month", "quarter", "year", "iso_day"),
a "range", a word counted from an anchor ("deictic" today, "relative" next year, "relative_month" this
May, "relative_weekday" last Monday), or a bare name checked in its context ("bare_month", "bare_weekday").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nec_extract.language.calendar import (
    FULL_MONTH_RE,
    MONTH_ABBREVIATIONS,
    MONTH_RE,
    NAME_PREFIXES,
    WEEKDAY_ABBR_RE,
    WEEKDAY_ANY,
    WEEKDAY_RE,
)
from nec_extract.language.dates.parts import (
    AFTER_THE_RE,
    DAY_NUMBER_RE,
    DAY_ORDINAL_WORDS,
    DAY_RE,
    MONTH_NUMBER_RE,
    OF_MONTH_RE,
    SHORT_YEAR_AFTER_MONTH_RE,
    SPACED_SHORT_YEAR_RE,
    WORD_DAY_RE,
    YEAR_RE,
)
from nec_extract.language.grammar import ORDINAL_SUFFIX_RE
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.dates import dates_vocabulary

_VOCABULARY = dates_vocabulary()
_JOINERS = alternation(_VOCABULARY.range_joiners)
# the two ends of a range are joined by a dash, a word ("to", "until"), a slash or "and" ("20/21 July",
# "21 and 22 June", "March & April 2020"); checks.py says where "and" joins a range
_TO_OR_AND = rf"\s*(?:-|–|—|/|&|\b(?:{_JOINERS})\b|\band\b)\s*"
_SHIFT = rf"(?P<shift>{alternation(_VOCABULARY.shifts)})"
_DEICTIC = alternation(_VOCABULARY.days_from_today)
_ORDINALS = alternation(_VOCABULARY.quarter_ordinals)
_ORDINALS_ALONE = alternation(
    [word for word in _VOCABULARY.quarter_ordinals if word not in _VOCABULARY.quarter_ordinals_never_alone]
)
_HOLIDAYS = alternation(_VOCABULARY.holidays)
_DAYS_FROM_THE_MEETING = alternation(_VOCABULARY.days_from_the_meeting)
_PARTS_OF_A_PERIOD = alternation(_VOCABULARY.parts_of_a_period)
# an abbreviated month on its own ("the Jan meeting"), capitalised; not one that is a word ("Mar")
_ABBREVIATION_ALONE = "|".join(a for a in MONTH_ABBREVIATIONS if a.lower() not in _VOCABULARY.abbreviations_never_alone)

_DAY_FIRST = rf"(?:{WEEKDAY_ANY},?\s+(?:the\s+)?)?\b{DAY_RE}{OF_MONTH_RE}\s+{MONTH_RE}(?:,?\s+{YEAR_RE}\b)?"
# the space between a month and its day; across a line break not the number of the list item that opens the next
# line ("... by the end of February" / "3. AOB")
_MONTH_DAY_GAP = r"(?:[^\S\n]+|\s*\n\s*(?!\d{1,2}[.)](?:\s|$)))"
_MONTH_FIRST = rf"(?:{WEEKDAY_ANY},?\s+)?\b{MONTH_RE}{_MONTH_DAY_GAP}(?:the\s+)?{DAY_RE}\b(?:,?\s+{YEAR_RE}\b)?"
_MONTH_YEAR = rf"\b{MONTH_RE}(?:,?\s+{YEAR_RE}\b)?"
# month first in figures where the second number cannot be a month ("02/25/2024"; parts.US_NUMERIC reads it)
_US_NUMERIC_DAY = r"(?<![\d./-])(?:1[0-2]|0?[1-9])/(?:1[3-9]|2\d|3[01])/(?:19|20)\d\d(?!\d|[./-]\d)"
# day first in figures; with dashes only with a four-digit year or a month of two digits ("12-03-19"); with
# full stops also "12.3.19", where checks.py keeps rule numbers ("Clause 1.2.10") out
_NUMERIC_DAY = (
    r"(?<![\d./-])(?:[12]\d|3[01]|0?[1-9])(?:/(?:1[0-2]|0?[1-9])/(?:(?:19|20)\d\d|\d\d)"
    r"|(?P<numeric_sep>[.-])(?:1[0-2]|0?[1-9])(?P=numeric_sep)(?:19|20)\d\d"
    r"|(?P<two_digit_sep>[.-])(?:1[0-2]|0[1-9])(?P=two_digit_sep)\d\d|\.[1-9]\.\d\d)(?![\d]|[./-]\d)"
)
# day and month in figures with no year: "on 25/3", "runs 17/10 to 7/11"; not part of a longer number or a
# range of days before a month ("20/21 September"); checks.py wants a word before it that makes it a day
DAY_MONTH_FIGURES_RE = rf"(?<![\d./-]){DAY_NUMBER_RE}/{MONTH_NUMBER_RE}(?!\d|[./-]\d|\s+{MONTH_RE})"
#: the whole of such a day, or of a range of two
YEARLESS_FIGURES = re.compile(
    rf"{DAY_MONTH_FIGURES_RE}(?:\s*(?:-|–|—|\b(?:{_JOINERS})\b)\s*{DAY_MONTH_FIGURES_RE})?", re.IGNORECASE
)

#: a run of days of one month in figures, the month written once after the last day, with no year: "14-15/11",
#: "(2–4/3)"; checks.py wants a word before it that makes it a day, or brackets round it
DAYS_OF_A_MONTH_IN_FIGURES = re.compile(
    rf"(?P<first>(?<![\d./-]){DAY_NUMBER_RE})\s*[-–—]\s*(?P<last>{DAY_NUMBER_RE}/{MONTH_NUMBER_RE})(?!\d|[./-]\d)",
    re.IGNORECASE,
)

# (kind, what it starts with, pattern) for every form; a range marks its two ends "first" and "last".
# A form is tried only where a trigger of its sort starts: a digit, a month or weekday name, a word
# ("last", "today", "first"), or a quarter ("Q1").
_FORMS: list[tuple[str, str, str]] = [
    (
        "range",
        "digit name",
        rf"(?P<first>(?:{WEEKDAY_ANY},?\s+)?\b{DAY_RE}(?:\s+{MONTH_RE}(?:,?\s+{YEAR_RE})?)?)"
        # the days between the ends of a list: "2nd, 7th, 9th and 15th March", "24/25/26 September"; the last joined
        # also by a comma or a plus ("14, 15 March", "14 + 15 March": checks.py wants days in a row)
        rf"(?:(?:,|/)\s*(?:{WEEKDAY_ANY},?\s+)?{DAY_RE}\b)*(?:{_TO_OR_AND}|\s*\+\s*|,\s*)(?:the\s+)?"
        rf"(?P<last>{_DAY_FIRST})(?:(?<!\.)[ \t]+{_SHIFT}[ \t]+year\b)?",  # "8-10 March next year"
    ),
    (
        "range",
        "name",
        rf"(?P<first>\b{MONTH_RE}{_MONTH_DAY_GAP}{DAY_RE})\b{_TO_OR_AND}(?P<last>(?:{MONTH_RE}\s+)?{DAY_RE}\b"
        rf"(?:,?\s+{YEAR_RE}\b)?)",
    ),
    ("range", "name", rf"(?P<first>{_MONTH_YEAR}){_TO_OR_AND}(?P<last>{_MONTH_YEAR})"),
    (
        "year_range",
        "digit",
        rf"(?P<first>\b{YEAR_RE})(?:\s*(?:-|–|—|/)\s*|\s+(?:{_JOINERS}|and)\s+)"
        rf"(?P<last>{YEAR_RE}|\d\d)\b",
    ),
    # "20 June next year"; not "20 June. Last year ..." (the next sentence's own date), nor a heading's date and the
    # next paragraph's "Last year ..."
    ("day", "digit name", rf"(?:{_DAY_FIRST}|{_MONTH_FIRST})(?:(?<!\.)[ \t]+{_SHIFT}[ \t]+year\b)?"),
    ("day", "digit", _NUMERIC_DAY),
    # with its weekday before it: "on Saturday 19/03/2011", "Tuesday, 12.3.19"
    ("day", "name", rf"\b{WEEKDAY_ANY},?[ \t]+{_NUMERIC_DAY}"),
    ("day", "digit", _US_NUMERIC_DAY),
    (
        "range",
        "digit name",
        rf"(?P<first>(?:\b{WEEKDAY_ANY},?[ \t]+)?{DAY_MONTH_FIGURES_RE})\s*(?:-|–|—|\b(?:{_JOINERS})\b)\s*"
        rf"(?P<last>(?:{WEEKDAY_ANY},?[ \t]+)?{DAY_MONTH_FIGURES_RE})",
    ),
    ("range", "digit", DAYS_OF_A_MONTH_IN_FIGURES.pattern),
    # a run of days before a whole day in figures: "14–15.03.2021", "14-15/03/2021"
    (
        "range",
        "digit",
        rf"(?P<first>(?<![\d./-]){DAY_NUMBER_RE})\s*[-–—]\s*(?P<last>{DAY_NUMBER_RE}(?P<figures_sep>[./])"
        rf"{MONTH_NUMBER_RE}(?P=figures_sep)(?:(?:19|20)\d\d|\d\d))(?!\d|[./-]\d)",
    ),
    # with its weekday before it: "on Tuesday 4/6", "Sat. 8/6"
    ("day", "name", rf"\b{WEEKDAY_ANY},?[ \t]+{DAY_MONTH_FIGURES_RE}"),
    ("day", "digit", DAY_MONTH_FIGURES_RE),
    # a day as a word, in formal minutes: "(Tuesday) the fourteenth (day) of June 2022", "June the fourteenth"
    (
        "day",
        "word name",
        rf"(?:{WEEKDAY_ANY},?[ \t]+(?:the[ \t]+)?)?\b{WORD_DAY_RE}[ \t]+(?:day[ \t]+)?of[ \t]+{MONTH_RE}"
        rf"(?:,?[ \t]+{YEAR_RE}\b)?"
        rf"|\b{MONTH_RE}[ \t]+the[ \t]+{WORD_DAY_RE}\b(?:,?[ \t]+{YEAR_RE}\b)?",
    ),
    # a year cut to two digits, or dashes: "12th March '19", "14-Mar-2019", "14-Mar-19"
    (
        "day",
        "digit name",
        rf"(?:{WEEKDAY_ANY},?\s+)?\b(?:{DAY_RE}{OF_MONTH_RE}\s+|{DAY_NUMBER_RE}-){MONTH_RE}{SHORT_YEAR_AFTER_MONTH_RE}"
        rf"|(?:{WEEKDAY_ANY},?\s+)?\b{MONTH_RE}\s+{DAY_RE},?\s+['’‘]\d\d\b",
    ),
    ("day", "digit", rf"(?:{WEEKDAY_ANY},?\s+)?{SPACED_SHORT_YEAR_RE}"),
    # a day glued to the word before it by a lost space ("held on28 March 2023")
    ("day", "glued", rf"{DAY_RE}{OF_MONTH_RE}\s+{MONTH_RE}(?:,?\s+{YEAR_RE}\b)?"),
    # also a timestamp's day, its time after a "T" ("2023-06-08T09:14:00+01:00")
    ("iso_day", "digit", rf"(?<![\w-]){YEAR_RE}-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])(?:(?![\w-])|(?=T\d\d:))"),
    ("month", "name", rf"\b{MONTH_RE},?\s+(?:of\s+)?{YEAR_RE}\b"),
    ("month", "name", rf"\b{MONTH_RE},?\s+['’‘]\d\d\b"),
    ("month", "name", rf"\b{MONTH_RE}(?<!\.)\s+{_SHIFT}\s+year\b"),
    ("quarter", "quarter digit", rf"(?-i:\bQ[1-4]\b)(?:,?\s+(?:of\s+)?{YEAR_RE}\b)?|\b{YEAR_RE}\s+(?-i:Q[1-4])\b"),
    (
        "quarter",
        "word digit",
        rf"\b(?:{_ORDINALS})\s+quarter\s+of\s+(?:{YEAR_RE}\b|{_SHIFT}\s+year\b)",
    ),
    # "in the third quarter", "the first quarter of the year": a quarter of the year the hints give (not "the
    # first quarter of the match", "the first quarter since 2008", nor "the last quarter", the latest one)
    (
        "quarter",
        "word digit",
        rf"{AFTER_THE_RE}(?:{_ORDINALS_ALONE})\s+quarter\b(?:\s+of\s+the\s+year\b)?"
        rf"(?![ \t]+(?:of|{alternation(_VOCABULARY.words_after_a_quarter_in_a_series)})\b)",
    ),
    # "last night (19/06/13)", "yesterday 20th July", "last Tuesday 20th July": the day written beside the
    # relative word gives the value
    (
        "deictic_dated",
        "word",
        rf"\b(?P<word>{_DEICTIC}|(?:{alternation(_VOCABULARY.shifts)})\s+{WEEKDAY_RE})(?:\s+\(?|\s*\()"
        rf"(?P<date>{_NUMERIC_DAY}|{_DAY_FIRST}|{_MONTH_FIRST})\)?",
    ),
    # "Thursday night (11 September)", "Tuesday (14/03)": a weekday with its day in brackets beside it is one
    # mention (the SPEC's ruling on a relative day with its date beside it); the bracketed day gives the value
    (
        "deictic_dated",
        "name",
        rf"\b(?P<word>{WEEKDAY_RE}(?:\s+(?:{alternation(_VOCABULARY.weekday_time_of_day)}))?)\s*\("
        rf"(?P<date>{_NUMERIC_DAY}|{_DAY_FIRST}|{_MONTH_FIRST})\)",
    ),
    ("deictic", "word", rf"\b(?P<word>{_DEICTIC})(?:s\b)?"),
    ("relative", "word", rf"\b{_SHIFT}\s+(?P<unit>year|month)\b|\b(?P<new_year>new\s+year)\b"),
    ("relative_month", "word", rf"\b{_SHIFT}\s+(?P<month>{FULL_MONTH_RE})\b"),
    ("relative_weekday", "word", rf"\b{_SHIFT}\s+(?P<weekday>{WEEKDAY_RE})\b"),
    # "Novembers NEC": a possessive that lost its apostrophe
    ("bare_month", "name", rf"\b{FULL_MONTH_RE}(?=s?\b)"),
    ("bare_month", "name", rf"\b(?-i:{_ABBREVIATION_ALONE})\b(?!\.\w)"),
    # "Christmas", "Easter Monday", "New Year's Day"
    ("holiday", "word", rf"\b(?P<holiday>{_HOLIDAYS})\b"),
    # "the day before", "the following day", counted from the meeting; not "the day before the vote"
    ("meeting_day", "word", rf"\b(?P<days>{_DAYS_FROM_THE_MEETING})\b(?=\s*[,.;:)]|\s*$)"),
    # "the end of the year", "the start of the month": the anchor's year or month
    ("anchor_period", "word", rf"\b(?:{_PARTS_OF_A_PERIOD})\s+of\s+the\s+(?P<unit>year|month)\b"),
    # "the 4th of this month", "the 20th of last month": a day of the month counted from the anchor's
    ("ordinal_of_month", "digit", rf"(?P<day>{DAY_NUMBER_RE}){ORDINAL_SUFFIX_RE}\s+of\s+{_SHIFT}\s+month\b"),
    # "on the 6th": a day in the month the report has just named (checks.py looks for "on the")
    ("bare_ordinal", "digit", rf"(?P<day>{DAY_NUMBER_RE}){ORDINAL_SUFFIX_RE}\b(?!{OF_MONTH_RE}\s+{MONTH_RE})"),
    # "on Tuesday 19th": a day with its weekday and no month, in the month in view
    (
        "weekday_ordinal",
        "name",
        rf"\b(?P<weekday>{WEEKDAY_RE}|{WEEKDAY_ABBR_RE}\.?),?\s+(?:the\s+)?(?P<day>{DAY_NUMBER_RE}){ORDINAL_SUFFIX_RE}\b"
        rf"(?!{OF_MONTH_RE}\s+{MONTH_RE})",
    ),
    ("bare_weekday", "name", rf"\b{WEEKDAY_RE}\b"),
    ("year", "digit", rf"\b{YEAR_RE}\b"),
]
PATTERNS_BY_TRIGGER: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
for _kind, _starts, _pattern in _FORMS:
    for _start in _starts.split():
        PATTERNS_BY_TRIGGER.setdefault(_start, []).append((_kind, re.compile(_pattern, re.IGNORECASE)))

# the words that start a word-led form: "today", "last", "first" (quarter), "new" (year)
_ORDINAL_WORDS = [word for word in _VOCABULARY.quarter_ordinals if word.isalpha()]
_DEICTIC_WORDS = [phrase.split()[0] for phrase in _VOCABULARY.days_from_today]
_PHRASE_WORDS = [
    phrase.split()[0]
    for phrase in [*_VOCABULARY.holidays, *_VOCABULARY.days_from_the_meeting, *_VOCABULARY.parts_of_a_period]
]
_DAY_WORDS = [word.split()[0].split("-")[0] for word in DAY_ORDINAL_WORDS]
_TRIGGER_WORDS = sorted({*_DEICTIC_WORDS, *_PHRASE_WORDS, *_VOCABULARY.shifts, *_ORDINAL_WORDS, *_DAY_WORDS, "new"})


def _first_letters(words: list[str]) -> str:
    return "".join(sorted({letter for word in words for letter in (word[0].lower(), word[0].upper())}))


TRIGGER = re.compile(
    # the lookahead lets the regex engine skip quickly to characters that can start a trigger
    rf"(?=[\d{_first_letters([*NAME_PREFIXES, *_TRIGGER_WORDS, 'q'])}])"
    r"(?:(?<=[a-z])(?P<glued>\d)|\b(?:(?P<digit>\d)|(?P<quarter>Q[1-4]\b)"
    rf"|(?P<name>{'|'.join(NAME_PREFIXES)})"
    rf"|(?P<word>{alternation(_TRIGGER_WORDS)})))",
    re.IGNORECASE,
)


#: a day given by its day of the month and its month, perhaps its year: "14 March 2023", "4/6", "2023-03-14"
WRITTEN_DAY_KINDS = frozenset({"day", "iso_day"})
#: a day counted from the day of writing: "yesterday", "last Tuesday", "on Tuesday"
RELATIVE_DAY_KINDS = frozenset({"deictic", "relative_weekday", "bare_weekday"})


@dataclass(frozen=True)
class Candidate:
    """A date expression the forms found: its kind, its place on the page and the match that found it."""

    kind: str
    start: int
    end: int
    match: re.Match[str]

    @property
    def length(self) -> int:
        return self.end - self.start

    @property
    def text(self) -> str:
        return self.match.string[self.start : self.end]
