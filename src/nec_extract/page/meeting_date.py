"""The date of the meeting a report is about: from its heading, else from its opening lines,
else from a relative reference ("yesterday's meeting") resolved against the publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from nec_extract.extractors.dates import Candidate, find_candidates
from nec_extract.language.calendar import MONTH_RE, WEEKDAY_NUMBERS, WEEKDAY_RE
from nec_extract.language.datenorm import (
    DateValue,
    YearHints,
    iso_to_date,
    normalise,
    parse_parts,
)
from nec_extract.language.text import make_span
from nec_extract.models import DateMention, Precision, Span

# the date mentions that can name a meeting's day or month (not a bare year, a quarter or "today")
_MEETING_DATE_KINDS = frozenset({"day", "iso_day", "range", "month", "bare_month"})
_MEETING_CUE = re.compile(
    r"\b(?:met|meets|meeting|held|took place|convened|gathered|NEC|Executive|Committee|Council|away ?day)\b"
    r"[^.\n]{0,40}?\b(?:on|of|,)\s*$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    rf"\b(?P<word>yesterday|today|{WEEKDAY_RE})['’]s\s+(?:\w+\s+){{0,3}}?(?:meeting|NEC|executive|committee)\b"
    rf"|\b(?P<word2>yesterday|today)\b[^.\n]{{0,30}}?\bmeeting\b"
    rf"|\b(?:meeting|met|convened|gathered)\b[^.\n]{{0,30}}?\b(?:on\s+)?(?P<word3>yesterday|today|last\s+{WEEKDAY_RE}|"
    rf"{WEEKDAY_RE})\b(?!\s*,?\s*(?:\d|{MONTH_RE}))",
    re.IGNORECASE,
)
OPENING_CHARS = 700
_PRECISION_RANK = {Precision.DAY: 0, Precision.MONTH: 1, Precision.QUARTER: 2, Precision.YEAR: 3, None: 4}


@dataclass
class MeetingDateInput:
    page: str
    title: str | None
    title_start: int | None
    body_start: int
    end: int
    published: date | None
    hints: YearHints
    # the last pass may fall back on the most recent past year for a weekday-qualified date
    final_pass: bool = True


def find_meeting_date(source: MeetingDateInput) -> DateMention | None:
    heading = _from_heading(source)
    if heading is not None and heading.start is not None and source.hints.meeting is None:
        source.hints.meeting = iso_to_date(heading.start)  # "April 2020" then "held on April 23rd"
    opening = _from_opening(source)
    if _refines(opening, heading):
        return opening
    if heading is not None:
        return heading
    if opening is not None:
        return opening
    return _from_relative(source)


def _refines(opening: DateMention | None, heading: DateMention | None) -> bool:
    """A day in the opening lines that falls in the month the heading names ("January 2024" → "23rd January")."""
    if opening is None or heading is None or heading.precision != Precision.MONTH:
        return False
    return opening.start is not None and heading.start is not None and opening.start.startswith(heading.start)


def _from_heading(source: MeetingDateInput) -> DateMention | None:
    if not source.title or source.title_start is None:
        return None
    end = source.title_start + len(source.title)
    candidates = _date_candidates(source.page, source.title_start, end)
    mentions = [m for m in (_mention(source, c.start, c.end) for c in candidates) if m is not None]
    # the most precise date of the heading: "July Executive – meeting July 17th 2018" is the 17th
    return min(mentions, key=lambda m: _PRECISION_RANK[m.precision], default=None) if mentions else None


def _from_opening(source: MeetingDateInput) -> DateMention | None:
    limit = min(source.end, source.body_start + OPENING_CHARS)
    for candidate in _date_candidates(source.page, source.body_start, limit):
        before = source.page[max(source.body_start, candidate.start - 60) : candidate.start]
        line_start = source.page.rfind("\n", 0, candidate.start) + 1
        on_own_line = line_start >= source.body_start and len(source.page[line_start : candidate.start].split()) <= 6
        if _MEETING_CUE.search(before) or (on_own_line and _names_body(source.page[line_start : candidate.start])):
            mention = _mention(source, candidate.start, candidate.end)
            if mention is not None and mention.precision == Precision.DAY:
                return mention
    return None


def _date_candidates(page: str, start: int, end: int) -> list[Candidate]:
    """Date expressions the dates extractor finds in ``page[start:end]``, in text order."""
    found = [c for c in find_candidates(page, start, end, []) if c.kind in _MEETING_DATE_KINDS]
    return sorted(found, key=lambda c: c.start)


def _names_body(text: str) -> bool:
    return bool(re.search(r"\b(?:NEC|Executive|Committee|Council|meeting)\b", text, re.IGNORECASE))


def _from_relative(source: MeetingDateInput) -> DateMention | None:
    if source.published is None:
        return None
    start = source.title_start if source.title_start is not None else source.body_start
    limit = min(source.end, source.body_start + OPENING_CHARS)
    match = _RELATIVE.search(source.page, start, limit)
    if not match:
        return None
    word = (match.group("word") or match.group("word2") or match.group("word3")).lower()
    word = word.removeprefix("last").strip()
    if word == "today":
        day = source.published
    elif word == "yesterday":
        day = source.published - timedelta(days=1)
    else:
        back = (source.published.weekday() - WEEKDAY_NUMBERS[word]) % 7 or 7
        day = source.published - timedelta(days=back)
    span = make_span(source.page, match.start(), match.end())
    return DateMention(text=span.text, span=span, start=day.isoformat(), precision=Precision.DAY)


def _mention(source: MeetingDateInput, start: int, end: int) -> DateMention | None:
    span = make_span(source.page, start, end)
    value = normalise(span.text, source.hints)
    if value.start is None and source.final_pass:
        value = _most_recent_weekday_match(span.text)
    if value.start is None:
        return None
    return _as_meeting_date(span.text, span, value)


def _most_recent_weekday_match(expression: str) -> DateValue:
    """With nothing else to go on, a meeting reported as held on "Tuesday 18th September" is the most
    recent such Tuesday: reports describe meetings that have happened."""
    parts = parse_parts(expression)
    if parts is None or parts.weekday is None or parts.day is None or parts.month is None or parts.year:
        return DateValue.unresolved()
    today = date.today()
    for year in range(today.year, today.year - 60, -1):
        try:
            day = date(year, parts.month, parts.day)
        except ValueError:
            continue
        if day <= today and day.weekday() == parts.weekday:
            return DateValue(day.isoformat(), None, Precision.DAY)
    return DateValue.unresolved()


def _as_meeting_date(text: str, span: Span, value: DateValue) -> DateMention:
    """A meeting date is its first day: a range's end is dropped (a multi-day meeting starts then)."""
    return DateMention(text=text, span=span, start=value.start, end=None, precision=value.precision)
