"""The value of each date mention of a report, from what the report and its page say around it: its
meeting date, the publication date, the neighbouring reports, the page's years and each clause's tense."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

from nec_extract.language.dates.forms import RELATIVE_DAY_KINDS, WRITTEN_DAY_KINDS, Candidate
from nec_extract.language.dates.normalise import written_value
from nec_extract.language.dates.parts import parse_parts, years_written
from nec_extract.language.dates.relative import (
    Anchor,
    anchor_period,
    day_in_month,
    day_of_a_relative_month,
    days_from_today,
    from_the_meeting,
    from_today,
    is_past_word,
    range_with_year_shift,
    relative_month,
    relative_period,
    shift_of,
    weekday_day_near,
    weekday_near,
    with_year_shift,
)
from nec_extract.language.dates.tense import tense_around
from nec_extract.language.dates.values import DateValue, iso_to_date
from nec_extract.language.dates.years import Tense, YearHints, month_span
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.dates import dates_vocabulary
from nec_extract.language.text import Sentence
from nec_extract.models import DateMention, Precision

_ANCHORED_KINDS = frozenset(
    {"deictic", "relative", "relative_month", "meeting_day", "anchor_period", "ordinal_of_month"}
)
# the middle stretch of the report's years a weekday-dated day is sought near (see DateResolver)
_MIDDLE_YEARS = 12
_TODAY_OR_YESTERDAY = re.compile(r"\b(today|yesterday)", re.IGNORECASE)
_DEICTIC_START = re.compile(rf"^(?:{alternation(dates_vocabulary().days_from_today)})(?=\W|s\b|$)", re.IGNORECASE)
# how far before a bare day a meeting word ties it to a meeting ("the full NEC on the 25th")
_WORDS_BEFORE_A_DAY = 40
_ALTERNATIVE = re.compile(
    rf"\s*,?\s*(?:{alternation(dates_vocabulary().alternative_joiners)})\s+(?:(?:in|on|the|to)\s+)?", re.IGNORECASE
)
# a blank line: a month named above it no longer gives a bare day its month
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_MEETING_WORD = re.compile(rf"\b(?:{alternation(dates_vocabulary().meeting_words)})\b", re.IGNORECASE)


@dataclass
class ReportSetting:
    """What the values of one report's mentions depend on."""

    page: str
    start: int
    sentences: list[Sentence]
    meeting: DateMention | None = None
    published: date | None = None
    # meeting days of the page's other reports
    neighbours: list[date] = field(default_factory=list)


class DateResolver:
    """Normalises the candidates of one report against what the report and its page say."""

    def __init__(self, setting: ReportSetting, candidates: list[Candidate]) -> None:
        self.setting = setting
        self.sentence_starts = [s.start for s in setting.sentences]
        self.meeting = _meeting_period(setting.meeting)
        years = sorted(year for c in candidates for year in years_written(c.match.group()))
        # the middle of the report's years is what a weekday-dated day is sought near; its middle
        # stretch keeps that middle while keeping the work per mention small on a huge page
        middle = len(years) // 2
        self.page_years = years[max(0, middle - _MIDDLE_YEARS) : middle + _MIDDLE_YEARS + 1]
        self.anchor = anchor = _anchor(setting)
        # the meeting's month, for a day written without one, when the meeting is known to the month
        to_the_month = (Precision.DAY, Precision.MONTH)
        self.meetings_month = anchor.day if anchor is not None and anchor.precision in to_the_month else None
        # the day the report speaks from when it was published in the days after its meeting: "yesterday", "last
        # night" and "last Saturday" count from it
        self.writing_day = _counted_from_publication(setting.meeting, setting.published)
        self.written_days = _days_written_with_a_year(candidates)
        # the month the report last named, for "on the 6th", and where it was named
        self.month_in_view: date | None = None
        self.month_named_at = -1
        # the last date written out and its value, for the alternative to it ("March 2013 rather than February")
        self.last_written: tuple[Candidate, DateValue] | None = None

    def value(self, candidate: Candidate) -> DateValue | None:
        """The mention's value; None when it is no date mention after all (a weekday with no week)."""
        kind, match = candidate.kind, candidate.match
        if kind in RELATIVE_DAY_KINDS and self._is_the_meeting_date(candidate):
            return _meeting_value(self.setting.meeting)
        if kind in ("relative_weekday", "bare_weekday") or kind in _ANCHORED_KINDS or match.groupdict().get("shift"):
            relative = (
                self._weekday(candidate) if kind in ("relative_weekday", "bare_weekday") else self._relative(candidate)
            )
            if relative is not None and relative.precision == Precision.DAY:
                # "paid last Sunday ... the invoice on the 3rd": a day counted from the meeting names its month
                self._note_month(relative, candidate)
            return relative
        if kind == "bare_ordinal":
            return self._day_of_the_month_in_view(candidate)
        if kind == "weekday_ordinal":
            return self._weekday_and_day(candidate)
        value = written_value(candidate, self._alternative_hints(candidate) or self._hints(candidate))
        self._note_month(value, candidate)
        self.last_written = (candidate, value)
        return value

    def _alternative_hints(self, candidate: Candidate) -> YearHints | None:
        """ "to move it to March 2013 rather than February": a date given as the alternative to the one before it,
        which writes its year, is nearest that date (whatever the meeting's)."""
        if self.last_written is None or years_written(candidate.match.group()):
            return None
        before, value = self.last_written
        if value.start is None or not years_written(before.match.group()):
            return None
        if not _ALTERNATIVE.fullmatch(self.setting.page, before.end, candidate.start):
            return None
        day = iso_to_date(value.start)
        return YearHints(meeting=day, meeting_last=day)

    def _relative(self, candidate: Candidate) -> DateValue:
        anchor, match = self.anchor, candidate.match
        if anchor is None:
            return DateValue.unresolved()
        if candidate.kind == "deictic":
            if self.writing_day is not None and is_past_word(match.group("word")):
                return from_today(match.group("word"), Anchor(self.writing_day, Precision.DAY))
            return from_today(match.group("word"), anchor)
        if candidate.kind == "relative":
            return relative_period(match, anchor)
        if candidate.kind == "relative_month":
            return relative_month(match.group("shift"), match.group("month"), anchor)
        if candidate.kind == "meeting_day":
            return from_the_meeting(match.group("days"), anchor)
        if candidate.kind == "ordinal_of_month":
            return day_of_a_relative_month(int(match.group("day")), match.group("shift"), anchor)
        if candidate.kind == "anchor_period":
            return anchor_period(match.group("unit"), anchor)
        if candidate.kind == "range":
            return range_with_year_shift(match.group("first"), match.group("last"), match.group("shift"), anchor)
        return with_year_shift(match.group(), match.group("shift"), anchor)

    def _note_month(self, value: DateValue, candidate: Candidate) -> None:
        if value.start is not None and value.precision in (Precision.DAY, Precision.MONTH):
            self.month_in_view = iso_to_date(value.start)
            self.month_named_at = candidate.start

    def _day_of_the_month_in_view(self, candidate: Candidate) -> DateValue:
        """ "on the 6th": a day of the month the report last named, else of the meeting's month; a meeting's "on
        the 25th" is the page's meeting day of that number a month either side of it."""
        day, month = int(candidate.match.group("day")), self._month_of_a_bare_day(candidate)
        if month is not None and _MEETING_WORD.search(
            self.setting.page, candidate.start - _WORDS_BEFORE_A_DAY, candidate.start
        ):
            meeting_day = self._meeting_day_numbered(day, month)
            if meeting_day is not None:
                return DateValue(meeting_day.isoformat(), None, Precision.DAY)
        return day_in_month(day, month)

    def _meeting_day_numbered(self, day: int, month: date) -> date | None:
        """The meeting day of this report or another on the page that falls on ``day`` of a month next to
        ``month`` ("went to the full NEC on the 25th" after "cards go out in Feb", the NEC's heading dated 25
        January)."""
        own = (
            [self.meeting[0]]
            if self.meeting and self.setting.meeting and self.setting.meeting.precision == Precision.DAY
            else []
        )
        for meeting_day in [*own, *self.setting.neighbours]:
            months_apart = abs(meeting_day.year * 12 + meeting_day.month - month.year * 12 - month.month)
            if meeting_day.day == day and months_apart <= 1:
                return meeting_day
        return None

    def _weekday_and_day(self, candidate: Candidate) -> DateValue:
        """ "Tuesday 19th": the 19th that is a Tuesday, near the month in view or the meeting's."""
        match = candidate.match
        return weekday_day_near(match.group("weekday"), int(match.group("day")), self._month_near())

    def _month_of_a_bare_day(self, candidate: Candidate) -> date | None:
        """The month of "the 29th": one named earlier in its paragraph ("met in June. On the 6th, ..."), else the
        meeting's, which a report's bare day counts in ("at its January meeting ... the vote due on the 29th",
        "we met on the 6th"), else the month the report last named."""
        if self.month_in_view is not None and not _PARAGRAPH_BREAK.search(
            self.setting.page, self.month_named_at, candidate.start
        ):
            return self.month_in_view
        return self.meetings_month if self.meetings_month is not None else self.month_in_view

    def _month_near(self) -> date | None:
        """The month the report last named, else the meeting's (when known to the month)."""
        return self.month_in_view if self.month_in_view is not None else self.meetings_month

    def _is_the_meeting_date(self, candidate: Candidate) -> bool:
        """The mention the meeting date was read from ("yesterday's NEC"): its value is the meeting date's."""
        meeting = self.setting.meeting
        return meeting is not None and meeting.start is not None and meeting.span.start == candidate.start

    def _weekday(self, candidate: Candidate) -> DateValue | None:
        """A weekday in the week of the meeting (or, without one, of the publication); "last Saturday" with no
        week to point into is listed unresolved, a bare "Saturday" is no mention."""
        match = candidate.match
        named = candidate.kind == "relative_weekday"
        if self.anchor is None or self.anchor.precision != Precision.DAY:
            return DateValue.unresolved() if named else None
        weekday, shift = (match.group("weekday"), match.group("shift")) if named else (match.group(), "this")
        tense = self._tense(candidate) if shift_of(shift) == 0 else None
        if self.writing_day is not None and shift_of(shift) < 0:
            # "my report of the meeting last Saturday", posted on the Monday after it
            return weekday_near(weekday, shift, Anchor(self.writing_day, Precision.DAY), tense)
        return weekday_near(weekday, shift, self.anchor, tense)

    def _hints(self, candidate: Candidate) -> YearHints:
        first, last = self.meeting or (None, None)
        return YearHints(
            meeting=first,
            meeting_last=last,
            published=self.setting.published,
            neighbours=self.setting.neighbours,
            page_years=self.page_years,
            tense=self._tense(candidate),
            written_days=self.written_days,
        )

    def _tense(self, candidate: Candidate) -> Tense | None:
        index = bisect.bisect_right(self.sentence_starts, candidate.start) - 1
        sentence_start = self.setting.sentences[index].start if index >= 0 else self.setting.start
        return tense_around(self.setting.page, sentence_start, candidate.start, candidate.end)


def _meeting_value(meeting: DateMention | None) -> DateValue:
    assert meeting is not None
    return DateValue(meeting.start, None, meeting.precision)


def _anchor(setting: ReportSetting) -> Anchor | None:
    """The meeting day (the report speaking from the day after when it calls its meeting "yesterday"),
    else the publication day."""
    meeting = setting.meeting
    if meeting is not None and meeting.start is not None and meeting.precision is not None:
        offset = _offset_of_a_relative_meeting_date(meeting)
        if offset is None:
            offset = _writing_day_offset(setting.sentences)
        return Anchor(iso_to_date(meeting.start), meeting.precision, offset)
    if setting.published is not None:
        return Anchor(setting.published, Precision.DAY)
    return None


def _offset_of_a_relative_meeting_date(meeting: DateMention) -> int | None:
    """A meeting date read as "yesterday's meeting": the report speaks from the day after."""
    word = _DEICTIC_START.match(meeting.text)
    return -days_from_today(word.group()) if word else None


_DAYS_IN_A_WEEK = 7


def _counted_from_publication(meeting: DateMention | None, published: date | None) -> date | None:
    """The publication day, when it falls in the week after the meeting's day: the report speaks from that day,
    so its "yesterday", "last night" and "last Saturday" count back from it, whether the meeting is dated by
    its weekday alone ("the NEC, meeting in London on Tuesday" in a paper of Thursday) or in full (a post of
    Monday 20 November on "the meeting last Saturday" under "Executive, 18 November"). ("today" stays the
    meeting's day, as the SPEC reads it.)"""
    if published is None or meeting is None or meeting.start is None or meeting.precision != Precision.DAY:
        return None
    days = (published - iso_to_date(meeting.start)).days
    return published if 0 < days < _DAYS_IN_A_WEEK else None


def _meeting_period(meeting: DateMention | None) -> tuple[date, date] | None:
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


def _writing_day_offset(sentences: list[Sentence]) -> int:
    """1 when the report calls its meeting "yesterday" (written the day after) and never "today", else 0."""
    said_of_meeting: set[str] = set()
    for sentence in sentences:
        if _MEETING_WORD.search(sentence.text):
            said_of_meeting.update(word.lower() for word in _TODAY_OR_YESTERDAY.findall(sentence.text))
    return 1 if said_of_meeting == {"yesterday"} else 0


def _days_written_with_a_year(candidates: list[Candidate]) -> dict[tuple[int, int], int]:
    """The year of each day the report writes in full; a day written with two years gives neither."""
    years: dict[tuple[int, int], set[int]] = {}
    for candidate in candidates:
        if candidate.kind not in WRITTEN_DAY_KINDS:
            continue
        parts = parse_parts(candidate.text)
        if parts is not None and parts.year is not None and parts.month is not None and parts.day is not None:
            years.setdefault((parts.month, parts.day), set()).add(parts.year)
    return {day: next(iter(found)) for day, found in years.items() if len(found) == 1}
