"""Every date mention of a report, normalised (SPEC: Dates).

Candidates come from one regex per form (a full date, a range, a month, a year, a quarter, "today",
"this May", a weekday), each tried only where a trigger (a digit, a month or weekday name, a relative
word) starts; where forms overlap the longest wins. Each form has its checks (a "May" that is a name,
a "2019" that is a sum of money). Values come from :mod:`datenorm`, with year hints from the report:
its meeting date, the publication date, the neighbouring reports, and the tense of the mention's clause.
No statistical parse is needed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from nec_extract.language.calendar import (
    FULL_MONTH_RE,
    MONTH_RE,
    NAME_PREFIXES,
    WEEKDAY_ABBR_RE,
    WEEKDAY_NUMBERS,
    WEEKDAY_RE,
)
from nec_extract.language.datenorm import (
    DAY_RE,
    YEAR_RE,
    DateValue,
    Parts,
    Tense,
    YearHints,
    iso_to_date,
    month_number,
    month_span,
    nearest_weekday,
    normalise,
    parse_parts,
    parse_quarter,
    resolve,
)
from nec_extract.language.lexicon import load_json
from nec_extract.language.text import Sentence, make_span
from nec_extract.models import DateMention, Precision
from nec_extract.page.context import ReportContext

_VOCAB = load_json("dates.json")

FULL_MONTH = FULL_MONTH_RE
WEEKDAY_ANY = rf"(?:{WEEKDAY_RE}|{WEEKDAY_ABBR_RE}\.?)"
_TO_OR_AND = r"\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b|\band\b)\s*"
_SHIFT = r"(?P<shift>last|next|this)"

_DAY_FIRST = rf"(?:{WEEKDAY_ANY},?\s+(?:the\s+)?)?\b{DAY_RE}(?:\s+of)?\s+{MONTH_RE}(?:,?\s+{YEAR_RE}\b)?"
_MONTH_FIRST = rf"(?:{WEEKDAY_ANY},?\s+)?\b{MONTH_RE}\s+(?:the\s+)?{DAY_RE}\b(?:,?\s+{YEAR_RE}\b)?"
_MONTH_YEAR = rf"\b{MONTH_RE}(?:,?\s+{YEAR_RE}\b)?"

# (kind, what it starts with, pattern) for every form; a range marks its two ends "first" and "last".
# A form is tried only where a trigger of its sort starts: a digit, a month or weekday name, a word
# ("last", "today", "first"), or a quarter ("Q1").
_FORMS: list[tuple[str, str, str]] = [
    (
        "range",
        "digit name",
        rf"(?P<first>(?:{WEEKDAY_ANY},?\s+)?\b{DAY_RE}(?:\s+{MONTH_RE}(?:,?\s+{YEAR_RE})?)?)"
        rf"{_TO_OR_AND}(?:the\s+)?(?P<last>{_DAY_FIRST})",
    ),
    (
        "range",
        "name",
        rf"(?P<first>\b{MONTH_RE}\s+{DAY_RE})\b{_TO_OR_AND}(?P<last>(?:{MONTH_RE}\s+)?{DAY_RE}\b"
        rf"(?:,?\s+{YEAR_RE}\b)?)",
    ),
    ("range", "name", rf"(?P<first>{_MONTH_YEAR}){_TO_OR_AND}(?P<last>{_MONTH_YEAR})"),
    (
        "range",
        "digit",
        rf"(?P<first>\b{YEAR_RE})(?:\s*(?:-|–|—|/)\s*|\s+(?:to|until|till|and)\s+)"
        rf"(?P<last>{YEAR_RE}|\d\d)\b",
    ),
    ("day", "digit name", rf"(?:{_DAY_FIRST}|{_MONTH_FIRST})(?:\s+{_SHIFT}\s+year\b)?"),
    # day first; with full stops only with a four-digit year, so that rule numbers ("Clause 1.2.10") stay out
    (
        "day",
        "digit",
        r"(?<![\d./-])(?:[12]\d|3[01]|0?[1-9])(?:/(?:1[0-2]|0?[1-9])/(?:(?:19|20)\d\d|\d\d)"
        r"|\.(?:1[0-2]|0?[1-9])\.(?:19|20)\d\d)(?![\d]|[./-]\d)",
    ),
    ("iso_day", "digit", rf"(?<![\w-]){YEAR_RE}-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])(?![\w-])"),
    ("month", "name", rf"\b{MONTH_RE},?\s+(?:of\s+)?{YEAR_RE}\b"),
    ("month", "name", rf"\b{MONTH_RE}\s+{_SHIFT}\s+year\b"),
    ("quarter", "quarter digit", rf"(?-i:\bQ[1-4]\b)(?:,?\s+(?:of\s+)?{YEAR_RE}\b)?|\b{YEAR_RE}\s+(?-i:Q[1-4])\b"),
    (
        "quarter",
        "word digit",
        rf"\b(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter\s+of\s+"
        rf"(?:{YEAR_RE}\b|{_SHIFT}\s+year\b)",
    ),
    ("deictic", "word", r"\b(?P<word>today|yesterday|tomorrow)(?:s\b)?"),
    ("relative", "word", rf"\b{_SHIFT}\s+(?P<unit>year|month)\b|\b(?P<new_year>new\s+year)\b"),
    ("relative_month", "word", rf"\b{_SHIFT}\s+(?P<month>{FULL_MONTH})\b"),
    ("relative_weekday", "word", rf"\b{_SHIFT}\s+(?P<weekday>{WEEKDAY_RE})\b"),
    # "Novembers NEC": a possessive that lost its apostrophe
    ("bare_month", "name", rf"\b{FULL_MONTH}(?=s?\b)"),
    ("bare_weekday", "name", rf"\b{WEEKDAY_RE}\b"),
    ("year", "digit", rf"\b{YEAR_RE}\b"),
]
_PATTERNS_BY_TRIGGER: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
for _kind, _starts, _pattern in _FORMS:
    for _start in _starts.split():
        _PATTERNS_BY_TRIGGER.setdefault(_start, []).append((_kind, re.compile(_pattern, re.IGNORECASE)))
_TRIGGER = re.compile(
    # the lookahead lets the regex engine skip quickly to letters that can start a trigger
    r"(?=[\dQqJjFfMmAaSsOoNnDdTtWwYyLl])\b(?:(?P<digit>\d)|(?P<quarter>Q[1-4]\b)"
    rf"|(?P<name>{'|'.join(NAME_PREFIXES)})"
    r"|(?P<word>today|yesterday|tomorrow|this|last|next|first|second|third|fourth|final|new))",
    re.IGNORECASE,
)
_FULL_MONTH_AND_STOP = re.compile(rf"{FULL_MONTH}\.$", re.IGNORECASE)
_MONTH_WORD = re.compile(rf"\b{MONTH_RE}", re.IGNORECASE)
_TODAY_OR_YESTERDAY = re.compile(r"\b(today|yesterday)", re.IGNORECASE)
_WRITTEN_YEAR = re.compile(rf"\b{YEAR_RE}\b")
_DAY_AND_YEAR = re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>{YEAR_RE}))?")
# a web or mail address is found by its telltale part, then taken to the spaces around it
_LINK_MARK = re.compile(r"://|\bwww\.|@\w|\.(?:com|org|net|uk|io)\b")
# page furniture inside a report: a scraper's stamp ("date 2020-11-25"), a "Continue reading" link
_FURNITURE = re.compile(rf"\bdate\s+{YEAR_RE}-\d\d-\d\d\b|\bContinue reading\b[^\n]*", re.IGNORECASE)
# where a clause ends or a subordinate one begins: the tense of one clause says nothing of the next
_CLAUSE_BREAK = re.compile(
    r"[;()\n]|:\s|,\s+(?:and|but)\b|\b(?:which|who|whom|whose|that|when|where|while|because|although|though)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:.()\n]|\b(?:which|who|that|when|where|while|because|before|after|and|but)\b")
_LONGEST_LINK = 300
_MIDDLE_YEARS = 12
# how far back the tense of a mention is looked for (a clause is shorter than this)
_CLAUSE_WINDOW = 300
_WORD_BEFORE = re.compile(r"([\w'’.-]+)\W*$")
_ADJACENT_WORD = re.compile(r"([\w'’.-]+)[^\S\n]+$")
_WORD_AFTER = re.compile(r"^\W*?([\w%'’]+)")


@dataclass(frozen=True)
class Candidate:
    kind: str
    start: int
    end: int
    match: re.Match[str]

    @property
    def length(self) -> int:
        return self.end - self.start


def extract_dates(report: ReportContext) -> list[DateMention]:
    """Date mentions of the report in text order; unresolvable ones keep their span with null values."""
    candidates = find_candidates(report.text, report.start, report.end, report.sentences)
    resolver = _Resolver(report, candidates)
    mentions = []
    for candidate in candidates:
        value = resolver.value(candidate)
        if value is None:
            continue
        span = make_span(report.text, candidate.start, candidate.end)
        mentions.append(
            DateMention(text=span.text, span=span, start=value.start, end=value.end, precision=value.precision)
        )
    return mentions


def find_candidates(page: str, start: int, end: int, sentences: list[Sentence]) -> list[Candidate]:
    """Every date expression in ``page[start:end]`` that passes its form's checks, longest first where they overlap."""
    blocked = _Blocked(_links(page, start, end) + [m.span() for m in _FURNITURE.finditer(page, start, end)])
    sentence_starts = [s.start for s in sentences]
    found = []
    for trigger in _TRIGGER.finditer(page, start, end):
        for kind, pattern in _PATTERNS_BY_TRIGGER[str(trigger.lastgroup)]:
            match = pattern.match(page, trigger.start(), end)
            if match is None:
                continue
            candidate = _candidate(kind, match)
            if blocked.overlaps(candidate.start, candidate.end):
                continue
            if _acceptable(candidate, page, _sentence_start(sentence_starts, sentences, candidate.start, start)):
                found.append(candidate)
    return _longest_first(found)


def _longest_first(found: list[Candidate]) -> list[Candidate]:
    """The candidates that overlap no longer one, in text order."""
    kept: list[Candidate] = []
    starts: list[int] = []
    for candidate in sorted(found, key=lambda c: (-c.length, c.start)):
        index = bisect.bisect_left(starts, candidate.start)
        clear_before = index == 0 or kept[index - 1].end <= candidate.start
        clear_after = index == len(kept) or candidate.end <= kept[index].start
        if clear_before and clear_after:
            kept.insert(index, candidate)
            starts.insert(index, candidate.start)
    return kept


class _Blocked:
    """Stretches of the page no mention may touch (web addresses, page furniture), merged and sorted."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.spans = merged
        self.starts = [start for start, _ in merged]

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end) - 1
        return index >= 0 and self.spans[index][1] > start


def _links(page: str, start: int, end: int) -> list[tuple[int, int]]:
    links = []
    for mark in _LINK_MARK.finditer(page, start, end):
        # an address is never longer than this: the bound keeps a page without spaces linear
        left_limit, right_limit = max(start, mark.start() - _LONGEST_LINK), min(end, mark.end() + _LONGEST_LINK)
        space_before = max(page.rfind(" ", left_limit, mark.start()), page.rfind("\n", left_limit, mark.start()))
        left = max(space_before + 1, left_limit)
        ends = (page.find(" ", mark.end(), right_limit), page.find("\n", mark.end(), right_limit))
        right = min((i for i in ends if i >= 0), default=right_limit)
        links.append((left, right))
    return links


def _candidate(kind: str, match: re.Match[str]) -> Candidate:
    """The mention a match stands for, with "the" of "the New Year" and "the third quarter of 2014"."""
    start, end = match.span()
    if _FULL_MONTH_AND_STOP.search(match.string, start, end):
        end -= 1  # the full stop after "4 February." ends the sentence
    new_year = kind == "relative" and match.group("new_year")
    if (kind == "quarter" or new_year) and match.string[max(0, start - 4) : start].lower() == "the ":
        start -= 4
    return Candidate(kind, start, end, match)


def _sentence_start(starts: list[int], sentences: list[Sentence], offset: int, default: int) -> int:
    index = bisect.bisect_right(starts, offset) - 1
    return sentences[index].start if index >= 0 else default


# --- the checks each form must pass -------------------------------------------------------------


def _acceptable(candidate: Candidate, page: str, sentence_start: int) -> bool:
    text = page[candidate.start : candidate.end]
    if not _months_written_as_months(text):
        return False
    before = page[max(0, candidate.start - 40) : candidate.start]
    after = page[candidate.end : candidate.end + 30]
    if candidate.kind == "range":
        return _is_range(candidate.match)
    if candidate.kind == "relative" and candidate.match.group("unit"):
        # "over the last year" is a duration, not the year before
        return not re.search(r"\b(?:the|past)\s+$", before, re.IGNORECASE)
    if candidate.kind == "bare_month":
        return _is_month(text, page, candidate.start, sentence_start, after)
    if candidate.kind == "bare_weekday":
        return _is_dated_weekday(before, after)
    if candidate.kind == "year":
        return _is_year(before, after)
    return True


def _months_written_as_months(text: str) -> bool:
    """Month words lower-case only where they cannot be other words ("may", "march"); abbreviations capitalised."""
    for match in _MONTH_WORD.finditer(text):
        word = match.group().rstrip(".")
        full = word.lower() in _full_month_names()
        if word.islower() and (not full or word in _VOCAB["months_also_words"]):
            return False
    return True


@cache
def _full_month_names() -> frozenset[str]:
    return frozenset(re.findall(r"[A-Za-z]+", FULL_MONTH.lower()))


def _is_range(match: re.Match[str]) -> bool:
    """ "and" joins a range only after "between" or between bare days ("21 and 22 June")."""
    joined_by_and = re.search(r"\band\b", match.string[match.end("first") : match.start("last")], re.IGNORECASE)
    bare_day = re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", match.group("first").strip())
    after_between = re.search(r"\bbetween\s+$", match.string[max(0, match.start() - 10) : match.start()], re.I)
    if joined_by_and and not after_between and not bare_day:
        return False
    first, last = match.group("first"), match.group("last")
    if first.isdigit() and len(first) == 4:
        end_year = int(last) if len(last) == 4 else int(first[:2] + last)
        return int(first) < end_year <= int(first) + 50
    return True


def _is_month(text: str, page: str, start: int, sentence_start: int, after: str) -> bool:
    """A bare month name that is not a modal verb ("May I ...") or part of a name ("Theresa May", "June Hart")."""
    before = page[max(sentence_start, start - 80) : start]
    month = text.lower()
    following = _WORD_AFTER.match(after)
    next_word = following.group(1) if following else ""
    if not before.strip() and month == "may" and next_word.lower() in _VOCAB["pronouns"]:
        return False
    adjacent = _ADJACENT_WORD.search(before)
    previous_word = adjacent.group(1) if adjacent else ""
    if adjacent and _looks_like_a_name(previous_word):
        return False
    opener = previous_word.lower() in _VOCAB["openers_before_a_month"] or previous_word.endswith(("'s", "’s"))
    surname_follows = next_word[:1].isupper() and not next_word.isupper()
    return not (month in _VOCAB["months_also_first_names"] and surname_follows and not opener)


def _looks_like_a_name(word: str) -> bool:
    """A capitalised word that is no acronym, no possessive and no little word that may open a sentence or
    sit in a title-case heading ("In", "From", "The"): a first name or title ("Theresa", "Mrs")."""
    if not word[:1].isupper() or word.isupper() or word.endswith(("'s", "’s")):
        return False
    return word.lower() not in _VOCAB["openers_before_a_month"]


def _is_dated_weekday(before: str, after: str) -> bool:
    """A weekday used as a time ("on Saturday", "Tuesday's meeting"), not a habit ("Mondays to Wednesday")."""
    previous = _WORD_BEFORE.search(before)
    previous_word = previous.group(1).lower() if previous else ""
    if re.search(rf"{WEEKDAY_RE}s\s+(?:to|-|–)\s*$", before, re.IGNORECASE):
        return False
    if previous_word in _VOCAB["weekday_lead_words"]:
        return True
    next_word = _WORD_AFTER.match(after)
    if after[:1] in "'’" and after[1:2].lower() == "s":
        return True
    return bool(next_word and next_word.group(1).lower() in _VOCAB["weekday_time_of_day"])


def _is_year(before: str, after: str) -> bool:
    """A four-digit number that is a year: not money, a measure, a count, or part of a longer number."""
    if re.search(r"(?:[£$€#]\s*|\d[,.]?|\bNo\.?\s*)$", before) or re.match(r"[,.]?\d", after):
        return False
    if re.search(r"\d{3,}\s+$", before) or re.match(r"\s+\d{3,}", after):
        return False
    if _measure_pattern().match(after):
        return False
    following = _WORD_AFTER.match(after)
    if following and following.group(1).lower() in _VOCAB["count_nouns"]:
        previous = _WORD_BEFORE.search(before)
        return bool(previous and previous.group(1).lower() in _VOCAB["year_lead_words"])
    return True


# --- values --------------------------------------------------------------------------------------


class _Resolver:
    """Normalises the candidates of one report against what the report and its page say."""

    def __init__(self, report: ReportContext, candidates: list[Candidate]) -> None:
        self.report = report
        self.page = report.text
        self.sentences = report.sentences
        self.sentence_starts = [s.start for s in report.sentences]
        self.meeting = _meeting_period(report)
        years = sorted(int(y) for c in candidates for y in _WRITTEN_YEAR.findall(c.match.group()))
        # the middle of the report's years is what a weekday-dated day is sought near; its middle
        # stretch keeps that middle while keeping the work per mention small on a huge page
        middle = len(years) // 2
        self.page_years = years[max(0, middle - _MIDDLE_YEARS) : middle + _MIDDLE_YEARS + 1]
        self.writing_day_offset = _writing_day_offset(report)

    def value(self, candidate: Candidate) -> DateValue | None:
        """The mention's value; None when it is no date mention after all (a weekday with no week)."""
        kind, match = candidate.kind, candidate.match
        if kind == "range":
            return self._range(candidate)
        if kind == "deictic":
            return self._deictic(match.group("word").lower())
        if kind == "relative":
            return self._relative(match)
        if kind == "relative_month":
            return self._relative_month(match)
        if kind in ("relative_weekday", "bare_weekday"):
            return self._weekday(candidate)
        shift = match.groupdict().get("shift")
        if shift:
            return self._with_year_shift(candidate, shift)
        return normalise(match.group(), self._hints(candidate))

    def _hints(self, candidate: Candidate) -> YearHints:
        report = self.report
        neighbours = [d for i, d in enumerate(report.page.report_dates) if d is not None and i != report.index]
        first, last = self.meeting or (None, None)
        return YearHints(
            meeting=first,
            meeting_last=last,
            published=report.page.published,
            neighbours=neighbours,
            page_years=self.page_years,
            tense=self._tense(candidate.start, candidate.end),
        )

    def _sentence_key(self, offset: int) -> int:
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        return self.sentences[index].start if index >= 0 else self.report.start

    def _tense(self, start: int, end: int) -> Tense | None:
        """The tense the mention's clause gives it ("will", "since"): the cue before it nearest it, else
        the first after it ("an election in September would ...")."""
        sentence_start = max(self._sentence_key(start), start - _CLAUSE_WINDOW)
        before = _CLAUSE_BREAK.split(self.page[sentence_start:start])[-1]
        cues = list(_cue_pattern().finditer(before))
        if cues:
            return _cue_tense(cues[-1])
        after = self.page[end : end + 200]
        clause_end = _CLAUSE_END.search(after)
        cue = _cue_pattern().search(after, 0, clause_end.start() if clause_end else len(after))
        return _cue_tense(cue) if cue else None

    def _range(self, candidate: Candidate) -> DateValue:
        match = candidate.match
        first_text, last_text = match.group("first"), match.group("last")
        if first_text.isdigit() and len(first_text) == 4:
            end_year = last_text if len(last_text) == 4 else first_text[:2] + last_text
            return DateValue(first_text, end_year, Precision.YEAR)
        return _range_value(first_text, last_text, self._hints(candidate))

    def _anchor(self) -> tuple[date, Precision] | None:
        meeting = self.report.meeting_date
        if meeting is not None and meeting.start is not None and meeting.precision is not None:
            return iso_to_date(meeting.start), meeting.precision
        if self.report.page.published is not None:
            return self.report.page.published, Precision.DAY
        return None

    def _deictic(self, word: str) -> DateValue:
        """ "today" is the day the report speaks from: the meeting day, or the day after when the report
        calls the meeting "yesterday"; with only a publication date, that day."""
        anchor = self._anchor()
        if anchor is None:
            return DateValue.unresolved()
        day, precision = anchor
        meeting_known = self.report.meeting_date is not None and self.report.meeting_date.start is not None
        today = day + timedelta(days=self.writing_day_offset if meeting_known else 0)
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[word]
        if precision != Precision.DAY:
            return _at_precision(day, precision)
        return DateValue((today + timedelta(days=shift)).isoformat(), None, Precision.DAY)

    def _relative(self, match: re.Match[str]) -> DateValue:
        anchor = self._anchor()
        if anchor is None:
            return DateValue.unresolved()
        day = anchor[0]
        if match.group("new_year"):
            # "early in the New Year": the coming year, unless the meeting is already in its first half
            return DateValue(str(day.year + (1 if day.month >= 7 else 0)), None, Precision.YEAR)
        step = {"last": -1, "this": 0, "next": 1}[match.group("shift").lower()]
        if match.group("unit").lower() == "year":
            return DateValue(str(day.year + step), None, Precision.YEAR)
        month_index = day.year * 12 + day.month - 1 + step
        return DateValue(f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", None, Precision.MONTH)

    def _relative_month(self, match: re.Match[str]) -> DateValue:
        """ "this May" is in the anchor's year; "next May" the first May after it, "last May" the one before."""
        anchor = self._anchor()
        month = month_number(match.group("month"))
        if anchor is None or month is None:
            return DateValue.unresolved()
        day = anchor[0]
        shift = match.group("shift").lower()
        year = day.year
        if shift == "next" and month <= day.month:
            year += 1
        elif shift == "last" and month >= day.month:
            year -= 1
        return DateValue(f"{year:04d}-{month:02d}", None, Precision.MONTH)

    def _weekday(self, candidate: Candidate) -> DateValue | None:
        """A weekday in the week of the meeting (or, without one, of the publication)."""
        match = candidate.match
        name = match.group("weekday") if candidate.kind == "relative_weekday" else match.group()
        weekday = WEEKDAY_NUMBERS[name.lower()]
        anchor = self._anchor()
        if anchor is None or anchor[1] != Precision.DAY:
            return None
        shift = match.group("shift").lower() if candidate.kind == "relative_weekday" else "this"
        day = anchor[0]
        if shift == "next":
            found = day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)
        elif shift == "last":
            found = day - timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)
        else:
            found = nearest_weekday(weekday, day, self._tense(candidate.start, candidate.end))
        return DateValue(found.isoformat(), None, Precision.DAY)

    def _with_year_shift(self, candidate: Candidate, shift: str) -> DateValue:
        """ "December 17th last year", "the final quarter of next year": the year counted from the anchor."""
        anchor = self._anchor()
        text = candidate.match.group()
        parts = parse_quarter(text) or parse_parts(text)
        if anchor is None or parts is None:
            return DateValue.unresolved()
        year = anchor[0].year + {"last": -1, "this": 0, "next": 1}[shift.lower()]
        return resolve(Parts(year, parts.month, parts.day, parts.weekday, parts.quarter), YearHints())


def _range_value(first_text: str, last_text: str, hints: YearHints) -> DateValue:
    """A range of days or months; the first end borrows what it leaves out from the last ("4 to 9 March 2020")."""
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
    return DateValue(start.start, end.start, end.precision)


def _parts_or_day(text: str) -> Parts | None:
    """Parts of one end of a range; a bare number is a day ("4" in "4 to 9 March", "14, 2023" in "June 12-14, 2023")."""
    day_only = _DAY_AND_YEAR.fullmatch(text.strip())
    if day_only:
        written_year = day_only.group("year")
        return Parts(year=int(written_year) if written_year else None, day=int(day_only.group("day")))
    return parse_parts(text)


def _meeting_period(report: ReportContext) -> tuple[date, date] | None:
    meeting = report.meeting_date
    if meeting is None or meeting.start is None:
        return None
    first = iso_to_date(meeting.start)
    if meeting.precision == Precision.DAY:
        return first, first
    if meeting.precision == Precision.MONTH:
        return month_span(first)
    if meeting.precision == Precision.QUARTER:
        return first, month_span(date(first.year, first.month + 2, 1))[1]
    return first, date(first.year, 12, 31)


def _at_precision(day: date, precision: Precision) -> DateValue:
    iso = {Precision.DAY: day.isoformat(), Precision.MONTH: day.isoformat()[:7], Precision.YEAR: str(day.year)}
    if precision == Precision.QUARTER:
        return DateValue(f"{day.year}-Q{(day.month - 1) // 3 + 1}", None, precision)
    return DateValue(iso[precision], None, precision)


def _writing_day_offset(report: ReportContext) -> int:
    """1 when the report calls its meeting "yesterday" (written the day after) and never "today", else 0."""
    said_of_meeting: set[str] = set()
    for sentence in report.sentences:
        if _meeting_word_pattern().search(sentence.text):
            said_of_meeting.update(word.lower() for word in _TODAY_OR_YESTERDAY.findall(sentence.text))
    return 1 if said_of_meeting == {"yesterday"} else 0


def _cue_tense(cue: re.Match[str]) -> Tense:
    return "future" if cue.lastgroup == "future" else "past"


@cache
def _measure_pattern() -> re.Pattern[str]:
    units = "|".join(re.escape(unit) for unit in _VOCAB["measure_after_number"])
    return re.compile(rf"\s*(?:{units})(?!\w)", re.IGNORECASE)


@cache
def _cue_pattern() -> re.Pattern[str]:
    future = "|".join(re.escape(cue) for cue in _VOCAB["future_cues"])
    past = "|".join(re.escape(cue) for cue in _VOCAB["past_cues"])
    return re.compile(rf"(?<!\w)(?:(?P<future>{future})|(?P<past>{past}))(?!\w)", re.IGNORECASE)


@cache
def _meeting_word_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in _VOCAB["meeting_words"])
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)
