"""The checks a found form must pass to be a date mention: a "May" that is a name, a "2019" that is a sum of
money, a weekday that names a habit, a range joined by "and" that is two dates."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.calendar import FULL_MONTH_NAMES, MONTH_RE, WEEKDAY_ABBR_RE, WEEKDAY_RE
from nec_extract.language.dates.forms import DAYS_OF_A_MONTH_IN_FIGURES, YEARLESS_FIGURES, Candidate
from nec_extract.language.dates.parts import WRITTEN_YEAR, YEAR_RE, month_number
from nec_extract.language.grammar import ORDINAL_SUFFIX_RE
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.dates import dates_vocabulary
from nec_extract.language.marks import counts_a_post

_VOCABULARY = dates_vocabulary()
_MONTH_WORD = re.compile(rf"\b{MONTH_RE}", re.IGNORECASE)
_FULL_MONTHS = frozenset(name.lower() for name in FULL_MONTH_NAMES)
_WORD_BEFORE = re.compile(r"([\w'’.-]+)\W*$")
_ADJACENT_WORD = re.compile(r"([\w'’.-]+)[^\S\n]+$")
WORD_AFTER = re.compile(r"^\W*?([\w%'’]+)")
# a surname goes on the first name's line: "June\nThis is my report" ends a heading with its month
_SURNAME_ON_THE_LINE = re.compile(r"^[^\S\n]+[A-Z]")
# the word a number counts: right after it on its line, or a hard-wrapped line's lower-case word ("2019
# members", "2019\nmembers"), not a next sentence's or next line's first word ("AGM 2023\n\nMembers spoke")
_COUNTED_WORD = re.compile(r"^(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*(?=[a-z]))([\w%'’]+)")
_POSSESSIVE = ("'s", "’s")
_AND = re.compile(r"\band\b|&", re.IGNORECASE)
_BARE_DAY = re.compile(rf"\d{{1,2}}{ORDINAL_SUFFIX_RE}?")
_YEAR_AFTER_A_DAY = re.compile(rf"(?<=\d|[a-z]),?\s+{YEAR_RE}$", re.IGNORECASE)
_A_YEAR = re.compile(rf"\b{YEAR_RE}\b")
_LEADING_WEEKDAY = re.compile(rf"^(?:{WEEKDAY_RE}|{WEEKDAY_ABBR_RE}\.?),?\s+", re.IGNORECASE)
_BARE_MONTH = re.compile(MONTH_RE, re.IGNORECASE)
# months that are also names or words: a capitalised word before them may make them a surname ("Theresa May")
_BEFORE_A_BARE_DAY = re.compile(
    rf"\b(?:{alternation(_VOCABULARY.lead_words_before_a_bare_day)})\s+the\s+$", re.IGNORECASE
)
# a day without "the" only right after a meeting's verb: "The NEC met on 12th", "the meeting held on 12th"
_MET_ON = re.compile(rf"\b(?:{alternation(_VOCABULARY.meeting_verbs_before_a_bare_day)})\s+on\s+$", re.IGNORECASE)
# "12.3.19": a day, a month of one digit and a year, in figures with full stops; not a rule's number after its
# word ("Clause 1.2.10", "section 4.3.12")
_ONE_DIGIT_MONTH = re.compile(r"\d{1,2}\.[1-9]\.\d\d")
_NUMBERED_PART = re.compile(rf"\b(?:{alternation(_VOCABULARY.numbered_part_words)})\.?\s*$", re.IGNORECASE)
_AFTER_A_BARE_DAY = re.compile(rf"\s*(?:[,.;:)!?]|$|(?:{alternation(_VOCABULARY.words_after_a_bare_day)})\b)")
# a capitalised programme word right before the number: "Vision 2030"
_PROGRAMME = re.compile(rf"\b(?:{alternation(w.capitalize() for w in _VOCABULARY.programme_words)})\s+$")
# a year inside a capitalised name before a programme's word: "the Fair Pay 2021 campaign", "Build the Base 2022
# programme"; not a possessive's ("Labour's 2019 campaign": "s" is no capital) nor a lead word's ("in 2021 the
# campaign")
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
_PROGRAMME_AFTER = re.compile(rf"\s+(?:{alternation(_VOCABULARY.programme_words)})\b", re.IGNORECASE)
_MOVED_FROM = re.compile(
    rf"\b(?:{alternation(_VOCABULARY.moves_from_a_date)})(?:\s+[\w'’-]+){{0,3}}?\s+from\s+(?:the\s+)?"
    rf"(?:(?:{WEEKDAY_RE}),?\s+)?$",
    re.IGNORECASE,
)
_WORD_JOINER = re.compile(rf"\s+(?:{alternation(_VOCABULARY.range_joiners)})\s+", re.IGNORECASE)
_IDENTIFIER = re.compile(
    rf"\b(?:{alternation(_VOCABULARY.identifier_words_before_a_number)})\.?\s*[:#]?\s*$", re.IGNORECASE
)
# a word before a day and month in figures with no year that makes them a day: "on 25/3", "runs 17/10", "Tue 25/3"
_FIGURES_NEVER_A_DAY = frozenset(_VOCABULARY.figures_never_a_day)
_BEFORE_A_DAY_IN_FIGURES = re.compile(
    rf"\b(?:{alternation(_VOCABULARY.words_before_a_day_in_figures)}"
    rf"|{WEEKDAY_RE}|{WEEKDAY_ABBR_RE})\.?,?\s+$",
    re.IGNORECASE,
)
_NAME_MONTHS = frozenset(_VOCABULARY.months_also_first_names) | frozenset(_VOCABULARY.months_also_words)
_PART_OF_A_NUMBER = re.compile(r"[-/.]\d")
# a full month name with a full stop after it ends its sentence: "died in December.\n3. The treasurer ..."
_SENTENCE_ENDS_AT_MONTH = re.compile(rf"\b(?:{'|'.join(FULL_MONTH_NAMES)})\.\s", re.IGNORECASE)


def acceptable(candidate: Candidate, page: str, sentence_start: int) -> bool:
    """Does the form's match stand for a date here?"""
    text = page[candidate.start : candidate.end]
    if not _months_written_as_months(text) or _SENTENCE_ENDS_AT_MONTH.search(text):
        return False
    if _PART_OF_A_NUMBER.match(page, candidate.end):  # "December 14-12" of "December\n14-12-2019"
        return False
    before = page[max(0, candidate.start - 40) : candidate.start]
    after = page[candidate.end : candidate.end + 30]
    kind = candidate.kind
    if YEARLESS_FIGURES.fullmatch(text):
        return (
            text not in _FIGURES_NEVER_A_DAY
            and not _counts_a_post(text, page)
            and (_is_a_day_in_figures(before) or _ends_a_meetings_heading(page, candidate.start, candidate.end))
        )
    if DAYS_OF_A_MONTH_IN_FIGURES.fullmatch(text):
        return _is_a_day_in_figures(before) or _in_brackets(before, after)
    if kind in ("range", "year_range"):
        # not a reference's number: "(ref. 2022-31)", "Ref: 2019/22"; not a move ("postponed from 5 June to 12 June")
        if _MOVED_FROM.search(before) and _joined_by_a_word(candidate.match):
            return False
        return _is_range(candidate.match) and not (kind == "year_range" and _IDENTIFIER.search(before))
    if kind == "relative" and candidate.match.group("unit"):
        # "over the last year" is a duration, not the year before
        return not re.search(r"\b(?:the|past)\s+$", before, re.IGNORECASE)
    if kind == "day" and _ONE_DIGIT_MONTH.fullmatch(text):
        return not _NUMBERED_PART.search(before)
    if kind == "bare_month":
        return _is_month(text, page, candidate.start, sentence_start, after)
    return _word_form_stands_for_a_date(candidate, page, before, after)


_DAY_AND_MONTH = re.compile(r"(\d{1,2})/(\d{1,2})")


def _counts_a_post(text: str, page: str) -> bool:
    """ "NEC thread: what happened (1/8)" over posts "2/8", "3/8", ...: the counter of a thread's post, no day."""
    figures = _DAY_AND_MONTH.fullmatch(text)
    return figures is not None and counts_a_post(page, int(figures.group(1)), int(figures.group(2)))


def _joined_by_a_word(match: re.Match[str]) -> bool:
    """A range's ends joined by "to" or "until" ("5 June to 12 June"), not a slash or a dash ("20/21 July")."""
    return bool(_WORD_JOINER.fullmatch(match.string, match.end("first"), match.start("last")))


def _is_a_day_in_figures(before: str) -> bool:
    """ "on 25/3", "runs 17/10 to 7/11", "Tue 25/3": a day and month in figures with no year is a day after a
    word that makes it one (also a range of two); not a score or a share ("carried 25/3", "a 3/4 majority",
    "went from 12/3 to 4/1" is a cue only when a day's word comes before it)."""
    return bool(_BEFORE_A_DAY_IN_FIGURES.search(before))


# a short line naming a meeting before its day in figures: "Scottish Executive Committee 21/5", "NEC – 24/5"
_MEETINGS_HEADING = re.compile(
    rf"[^\S\n]*[^\n.!?]{{0,50}}\b(?:{alternation(_VOCABULARY.meeting_words)})\b[^\n.!?\d]{{0,6}}$", re.IGNORECASE
)


_ENDS_ITS_LINE = re.compile(r"[^\S\n]*(?:\n|$)")


def _ends_a_meetings_heading(page: str, start: int, end: int) -> bool:
    """ "Scottish Executive Committee 21/5": a day in figures that ends a short line naming a meeting dates it."""
    line_start = page.rfind("\n", 0, start) + 1
    return bool(_ENDS_ITS_LINE.match(page, end) and _MEETINGS_HEADING.fullmatch(page, line_start, start))


_OPENING_BRACKET = re.compile(r"[(\[]\s*$")
_CLOSING_BRACKET = re.compile(r"^\s*[)\]]")


def _in_brackets(before: str, after: str) -> bool:
    """ "Regional Board 2021 (14-15/11)": a run of days set off in brackets, as a heading dates its meeting."""
    return bool(_OPENING_BRACKET.search(before) and _CLOSING_BRACKET.match(after))


def _word_form_stands_for_a_date(candidate: Candidate, page: str, before: str, after: str) -> bool:
    """A weekday, a year, a holiday or a bare day: each stands for a date only in some company."""
    kind = candidate.kind
    if kind == "bare_weekday":
        return _is_dated_weekday(before, after)
    if kind == "year":
        return _is_year(before, after)
    if kind == "holiday":
        return _is_holiday_date(after)
    if kind == "bare_ordinal":
        return _is_bare_day(page[max(0, candidate.match.start() - 40) : candidate.match.start()], after)
    return True


def _months_written_as_months(text: str) -> bool:
    """Month words lower-case only where they cannot be other words ("may", "march"); abbreviations capitalised."""
    for match in _MONTH_WORD.finditer(text):
        word = match.group().rstrip(".")
        full = word.lower() in _FULL_MONTHS
        if word.islower() and (not full or word in _VOCABULARY.months_also_words):
            return False
    return True


_LONGEST_SHORT_YEAR_RANGE = 5


def _is_range(match: re.Match[str]) -> bool:
    """ "and" (or "&") joins a range only after "between", between bare days ("21 and 22 June") or between
    months that share the year written after the last ("March and April 2020")."""
    first, last = match.group("first"), match.group("last")
    if first.strip().isdigit() and len(first.strip()) <= 2 and _LEADING_WEEKDAY.match(last.strip()):
        return False  # "Report 2 – Sunday 24 September": a numbered heading, then its day; a run names both weekdays
    if _YEAR_AFTER_A_DAY.search(first.strip()) and not _A_YEAR.search(last):
        return False  # "CARDIFF, 17 December 2010 – The 11 December meeting ...": a range writes its year last
    joined_by_and = _AND.search(match.string, match.end("first"), match.start("last"))
    after_between = re.search(r"\bbetween\s+$", match.string[max(0, match.start() - 10) : match.start()], re.I)
    if _joined_by_a_comma_or_plus(match) and not _days_in_a_row(first, last):
        return False  # "on 3, 15 March": not a list of a meeting's days
    if joined_by_and and not (
        after_between or _days_of_one_month(first, last) or _shares_a_year(first, last) or _months_in_a_row(first, last)
    ):
        return False
    if first.isdigit() and len(first) == 4:
        if len(last) == 4:
            return int(first) < int(last) <= int(first) + 50
        # a range written with two digits spans a few years ("2019/20", "2020-25"); "Minute 2022/33" is a number
        return int(first) < int(first[:2] + last) <= int(first) + _LONGEST_SHORT_YEAR_RANGE
    return True


_COMMA_OR_PLUS = re.compile(r"\s*[,+]\s*")
_FIRST_NUMBER = re.compile(r"\d+")


def _joined_by_a_comma_or_plus(match: re.Match[str]) -> bool:
    return bool(_COMMA_OR_PLUS.fullmatch(match.string, match.end("first"), match.start("last")))


def _days_in_a_row(first: str, last: str) -> bool:
    """ "14, 15 March", "Sat 14 + Sun 15 March": two days of one month, the second the day after the first."""
    if not _days_of_one_month(first, last):
        return False
    first_day, last_day = _FIRST_NUMBER.search(first), _FIRST_NUMBER.search(last)
    return first_day is not None and last_day is not None and int(last_day.group()) == int(first_day.group()) + 1


def _days_of_one_month(first: str, last: str) -> bool:
    """ "21 and 22 June", "Friday 8th and Saturday 9th March", "March 8th & 9th": two days of the month written
    once."""
    first_day = _LEADING_WEEKDAY.sub("", first.strip())
    last_day = _YEAR_AFTER_A_DAY.sub("", last.strip())  # "March 26th and 27th, 2024"
    return bool(_BARE_DAY.fullmatch(first_day) or _BARE_DAY.fullmatch(last_day))


def _months_in_a_row(first: str, last: str) -> bool:
    """ "through September and October", "the payments for April and May": two months next to each other, no
    year written, one stretch of time; not months apart ("in March and September": two times)."""
    if not (_BARE_MONTH.fullmatch(first.strip()) and _BARE_MONTH.fullmatch(last.strip())):
        return False
    first_month, last_month = month_number(first.strip()), month_number(last.strip())
    return first_month is not None and last_month == first_month % _MONTHS_IN_A_YEAR + 1


_MONTHS_IN_A_YEAR = 12


def _shares_a_year(first: str, last: str) -> bool:
    return bool(_BARE_MONTH.fullmatch(first.strip()) and WRITTEN_YEAR.search(last))


def _is_month(text: str, page: str, start: int, sentence_start: int, after: str) -> bool:
    """A bare month name that is not a modal verb ("May I ...") or part of a name ("Theresa May", "June Hart")."""
    before = page[max(sentence_start, start - 80) : start]
    month = text.lower()
    following = WORD_AFTER.match(after)
    next_word = following.group(1) if following else ""
    if not before.strip() and month == "may" and next_word.lower() in _VOCABULARY.pronouns:
        return False
    adjacent = _ADJACENT_WORD.search(before)
    previous_word = adjacent.group(1) if adjacent else ""
    if month in _NAME_MONTHS and _looks_like_a_name(previous_word):
        return False
    if month in _VOCABULARY.months_also_words and _an_event(previous_word, next_word):
        return False
    if f"{month} {next_word.lower()}" in _VOCABULARY.month_names_of_a_day and after[:1].isspace():
        return False  # "the May Day march": the day's name, no month
    opener = previous_word.lower() in _VOCABULARY.openers_before_a_month or previous_word.endswith(_POSSESSIVE)
    surname_follows = next_word[:1].isupper() and not next_word.isupper() and bool(_SURNAME_ON_THE_LINE.match(after))
    if month not in _FULL_MONTHS:
        return _abbreviation_is_a_month(opener, after)
    return not (month in _VOCABULARY.months_also_first_names and surname_follows and not opener)


# a capitalised word right after an abbreviation, as a surname follows a first name ("Cllr Jun Park")
_SURNAME_AFTER = re.compile(r"[^\S\n]+(?-i:[A-Z][a-z])")


def _abbreviation_is_a_month(opener: bool, after: str) -> bool:
    """ "since Jan", "in Feb", "Feb's action days": an abbreviated month alone is a month after a word that
    opens a time (or with its possessive), and not as a first name is, with a surname after it ("Cllr Jun Park",
    "the resignation of Jan Whitlock") or in a sentence of its own ("we wish Jan well")."""
    if _SURNAME_AFTER.match(after):
        return False
    return opener or after[:2] in _POSSESSIVE


def _an_event(previous_word: str, next_word: str) -> bool:
    """ "the March for the Alternative", "a march against cuts": the walk, not the month."""
    return previous_word.lower() in _VOCABULARY.articles and next_word.lower() in _VOCABULARY.words_after_an_event


def _looks_like_a_name(word: str) -> bool:
    """A capitalised word that is no acronym, no possessive and no little word that may open a sentence or
    sit in a title-case heading ("In", "From", "The"): a first name or title ("Theresa", "Mrs")."""
    if not word[:1].isupper() or word.isupper() or word.endswith(_POSSESSIVE):
        return False
    return word.lower() not in _VOCABULARY.openers_before_a_month


def _is_dated_weekday(before: str, after: str) -> bool:
    """A weekday used as a time ("on Saturday", "Tuesday's meeting"), not a habit ("Mondays to Wednesday")."""
    previous = _WORD_BEFORE.search(before)
    previous_word = previous.group(1).lower() if previous else ""
    if re.search(rf"{WEEKDAY_RE}s\s+(?:to|-|–)\s*$", before, re.IGNORECASE):
        return False
    if previous_word in _VOCABULARY.weekday_lead_words:
        return True
    if _AFTER_A_HEADINGS_SEPARATOR.search(before) and _ENDS_ITS_LINE.match(after):
        return True  # "SEC – Saturday", "Executive: Monday": a heading's day, counted from the page's date
    next_word = WORD_AFTER.match(after)
    if after[:1] in "'’" and after[1:2].lower() == "s":
        return True
    # "Tuesday evening", "Monday night's NEC", "the NEC's Tuesday meeting"
    following = _without_possessive(next_word.group(1).lower()) if next_word else ""
    return following in _VOCABULARY.weekday_time_of_day or following in _VOCABULARY.meeting_nouns_after_a_weekday


# a heading's words, with no weekday of its own, then a separator right before the weekday ending the line
_AFTER_A_HEADINGS_SEPARATOR = re.compile(
    rf"(?:^|\n)(?:(?!{WEEKDAY_RE})[^\n])*?\w[^\S\n]*[–—:|,-][^\S\n]*$", re.IGNORECASE
)


def _without_possessive(word: str) -> str:
    for ending in _POSSESSIVE:
        word = word.removesuffix(ending)
    return word


def _is_holiday_date(after: str) -> bool:
    """ "before Christmas", "at Easter 2020", "over the Christmas break"; not "the Christmas lights"."""
    following = _WORD_RIGHT_AFTER.match(after)
    return following is None or following.group(1).lower() in _HOLIDAY_DATE_FOLLOWERS


_HOLIDAY_DATE_FOLLOWERS = frozenset(_VOCABULARY.words_after_a_holiday_date)
# a word right after, with only spaces between (not after a comma or a full stop)
_WORD_RIGHT_AFTER = re.compile(r"[^\S\n]+([A-Za-z][\w'’]*)")


def _is_bare_day(before: str, after: str) -> bool:
    """ "on the 6th", "by the 21st, when ...", "the NEC met on 12th": not "the 3rd reading", "the 2nd of the
    motions", "on 2nd reading"."""
    if not (_BEFORE_A_BARE_DAY.search(before) or _MET_ON.search(before)):
        return False
    return bool(_AFTER_A_BARE_DAY.match(after))


def _is_year(before: str, after: str) -> bool:
    """A four-digit number that is a year: not money, a measure, a count, part of a longer number or of an
    identifier ("ballot 2023-07", "Room 2019", a circular's "3/2022"), or a programme's name ("Vision 2030")."""
    if re.search(r"(?:[£$€#]\s*|\d[,./]?|\bNo\.?\s*)$", before) or re.match(r"[,.]?\d|[-–/]\d", after):
        return False
    if _PROGRAMME.search(before) or _IDENTIFIER.search(before):
        return False
    if _PROGRAMME_AFTER.match(after) and _a_names_word(before):
        return False
    if re.search(r"\d{3,}\s+$", before) or re.match(r"\s+\d{3,}", after):
        return False
    if _measure_pattern().match(after):
        return False
    following = _COUNTED_WORD.match(after)
    if following and following.group(1).lower() in _VOCABULARY.count_nouns:
        previous = _WORD_BEFORE.search(before)
        return bool(previous and previous.group(1).lower() in _VOCABULARY.year_lead_words)
    return True


_NEVER_A_NAMES_WORD = frozenset(
    [*_VOCABULARY.year_lead_words, *(m.lower() for m in FULL_MONTH_NAMES), *_VOCABULARY.articles]
)


def _a_names_word(before: str) -> bool:
    """The year follows a capitalised word of a name ("Fair Pay"), not a lead word, a month or an article."""
    found = _NAME_BEFORE.search(before)
    return found is not None and found.group().strip().lower() not in _NEVER_A_NAMES_WORD


@cache
def _measure_pattern() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{alternation(_VOCABULARY.measure_after_number)})(?!\w)", re.IGNORECASE)
