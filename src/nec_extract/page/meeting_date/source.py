"""What the meeting date of one report is read from: the page, the report's place, its date expressions and
sentences, and the hints that give a date its year."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from nec_extract.language.dates import (
    Candidate,
    DateValue,
    YearHints,
    iso_to_date,
    month_span,
    parse_parts,
    tense_around,
    written_value,
)
from nec_extract.language.dates.relative import Anchor, day_in_month, day_of_a_relative_month, weekday_day_near
from nec_extract.language.text import Sentence, make_span
from nec_extract.models import Precision, Span

# the kinds of date expression that can name a meeting's day or month (not a bare year, a quarter or "today")
MEETING_DATE_KINDS = frozenset(
    {
        "day",
        "iso_day",
        "range",
        "year_range",
        "month",
        "bare_month",
        "bare_ordinal",
        "weekday_ordinal",
        "ordinal_of_month",
        "quarter",
    }
)
# how far into the body the opening lines reach
OPENING_CHARS = 700
# a news report's lede can be long: a relative day, or a day tied to the meeting when the opening lines give
# none, is looked for this far into the body
LEDE_CHARS = 2 * OPENING_CHARS
# the longest a write-up is dated after the meeting it tells
DAYS_TO_WRITE_UP = 14
# the hours of a meeting: "7pm", "11.15am", "19:30"
MEETING_HOURS = re.compile(r"\b\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)\b|\b\d{1,2}:\d\d\b", re.IGNORECASE)


@dataclass
class MeetingDateInput:
    page: str
    title: str | None
    title_start: int | None
    body_start: int
    end: int
    published: date | None
    hints: YearHints
    # the report's date expressions and sentences
    candidates: list[Candidate]
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def opening_end(self) -> int:
        return min(self.end, self.body_start + OPENING_CHARS)

    @property
    def lede_end(self) -> int:
        return min(self.end, self.body_start + LEDE_CHARS)

    def within(self, start: int, end: int, kinds: frozenset[str] = MEETING_DATE_KINDS) -> list[Candidate]:
        """The report's date expressions within ``page[start:end]`` of these kinds, in text order."""
        return [c for c in self.candidates if start <= c.start and c.end <= end and c.kind in kinds]

    def sentence_start(self, offset: int) -> int:
        """Where the sentence holding ``offset`` starts (its line's start when no sentence holds it)."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence.start
        return self.page.rfind("\n", 0, offset) + 1

    def sentence_end(self, offset: int) -> int:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence.end
        line_end = self.page.find("\n", offset)
        return len(self.page) if line_end < 0 else line_end


@dataclass(frozen=True)
class Dated:
    """A date that may be the meeting's: where the page says it, and its value (a range keeps its end)."""

    span: Span
    value: DateValue

    @property
    def precision(self) -> Precision | None:
        return self.value.precision

    def period(self) -> tuple[date, date]:
        """The first and last day the date covers."""
        assert self.value.start is not None
        first = iso_to_date(self.value.start)
        last = _last_day(self.value.end or self.value.start)
        return first, last


def dated(source: MeetingDateInput, candidate: Candidate) -> Dated | None:
    """The candidate's value with the report's hints, or None when it cannot be resolved."""
    match = candidate.match
    if candidate.kind == "bare_ordinal":  # "met on the 12th" under "NEC report – March 2019"
        value = day_in_month(int(match.group("day")), _meetings_month(source) or _month_written_in(source, match))
    elif candidate.kind == "weekday_ordinal":  # "met on Tuesday 19th": near the heading's month or the post's day
        around = source.hints.meeting or source.published
        value = weekday_day_near(match.group("weekday"), int(match.group("day")), around)
    elif candidate.kind == "ordinal_of_month":  # "our meeting on the 4th of this month", counted from the post's day
        value = (
            day_of_a_relative_month(
                int(match.group("day")), match.group("shift"), Anchor(source.published, Precision.DAY)
            )
            if source.published
            else DateValue.unresolved()
        )
    else:
        value = written_value(candidate, _with_the_tense(source, candidate))
    if value.start is None:
        return None
    return Dated(make_span(source.page, candidate.start, candidate.end), value)


def _with_the_tense(source: MeetingDateInput, candidate: Candidate) -> YearHints:
    """The report's hints, with the meeting's side of the page for a weekday's day and month written with no year:
    of two years as near where the day is that weekday, a meeting told of took place in the earlier, unless its
    clause looks ahead ("met on Tuesday 16 July")."""
    parts = parse_parts(candidate.match.group())
    if parts is None or parts.weekday is None or parts.year is not None:
        return source.hints
    tense = tense_around(source.page, source.sentence_start(candidate.start), candidate.start, candidate.end)
    return replace(source.hints, tense="future" if tense == "future" else "past")


def _meetings_month(source: MeetingDateInput) -> date | None:
    """The month the meeting is known to fall in, for a day written without one; none when only its year or season
    is known ("Branch bulletin – Spring 2019" over "held on the 14th": the 14th of no month yet)."""
    meeting, last = source.hints.meeting, source.hints.meeting_last
    if meeting is None or (last is not None and (last.year, last.month) != (meeting.year, meeting.month)):
        return None
    return meeting


def _month_written_in(source: MeetingDateInput, match: re.Match[str]) -> date | None:
    """The month a post dated "16 March 2022" wrote "we met on the 14th" in: the publication day's, or the month
    before when that day is still to come in it ("Posted 3 March" over "met on the 28th")."""
    published = source.published
    if published is None:
        return None
    if int(match.group("day")) <= published.day:
        return published
    return (published.replace(day=1) - timedelta(days=1)).replace(day=1)


def _last_day(iso: str) -> date:
    """The last day an ISO day, month, quarter or year covers."""
    first = iso_to_date(iso)
    if len(iso) == 10:
        return first
    if len(iso) == 4:
        return date(first.year, 12, 31)
    if "Q" in iso:
        return month_span(date(first.year, first.month + 2, 1))[1]
    return month_span(first)[1]
