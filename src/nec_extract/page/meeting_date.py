"""The date of the meeting a report is about: from its heading, else from its opening lines,
else from a relative reference ("yesterday's meeting") resolved against the publication date."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from nec_extract.language.calendar import MONTH_RE, WEEKDAY_NUMBERS, WEEKDAY_RE
from nec_extract.language.dates import (
    WRITTEN_YEAR,
    Candidate,
    DateValue,
    YearHints,
    find_candidates,
    first_day,
    iso_to_date,
    normalise,
    parse_parts,
)
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.language.text import make_span
from nec_extract.models import DateMention, Precision, Span
from nec_extract.page.segment import ReportBlock

# the date mentions that can name a meeting's day or month (not a bare year, a quarter or "today")
_MEETING_DATE_KINDS = frozenset({"day", "iso_day", "range", "year_range", "month", "bare_month"})
_WORDS = pages_vocabulary()
_MEETING_CUE = re.compile(
    rf"\b(?:{alternation(_WORDS.meeting_cues)})\b[^.\n]{{0,40}}?\b(?:{alternation(_WORDS.meeting_cue_links)}|,)\s*$",
    re.IGNORECASE,
)
_RELATIVE_DAY = alternation(_WORDS.relative_days)
_RELATIVE = re.compile(
    rf"\b(?P<word>{_RELATIVE_DAY}|{WEEKDAY_RE})['’]s\s+(?:\w+\s+){{0,3}}?(?:{alternation(_WORDS.meeting_nouns)})\b"
    rf"|\b(?P<word2>{_RELATIVE_DAY})\b[^.\n]{{0,30}}?\b(?:{alternation(_WORDS.meeting_noun_after_relative_day)})\b"
    rf"|\b(?:{alternation(_WORDS.meeting_verbs)})\b[^.\n]{{0,30}}?\b(?:on\s+)?(?P<word3>{_RELATIVE_DAY}|last\s+{WEEKDAY_RE}|"
    rf"{WEEKDAY_RE})\b(?!\s*,?\s*(?:\d|{MONTH_RE}))",
    re.IGNORECASE,
)
_BODY_NAME = re.compile(rf"\b(?:{alternation(_WORDS.body_names)})\b", re.IGNORECASE)
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
    # the report's date expressions, found once for the whole report
    candidates: list[Candidate]
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
    candidates = _date_candidates(source, source.title_start, end)
    mentions = [m for m in (_mention(source, c.start, c.end) for c in candidates) if m is not None]
    # the most precise date of the heading: "July Executive – meeting July 17th 2018" is the 17th
    return min(mentions, key=lambda m: _PRECISION_RANK[m.precision], default=None) if mentions else None


def _from_opening(source: MeetingDateInput) -> DateMention | None:
    limit = min(source.end, source.body_start + OPENING_CHARS)
    for candidate in _date_candidates(source, source.body_start, limit):
        before = source.page[max(source.body_start, candidate.start - 60) : candidate.start]
        line_start = source.page.rfind("\n", 0, candidate.start) + 1
        on_own_line = line_start >= source.body_start and len(source.page[line_start : candidate.start].split()) <= 6
        if _MEETING_CUE.search(before) or (on_own_line and _names_body(source.page[line_start : candidate.start])):
            mention = _mention(source, candidate.start, candidate.end)
            if mention is not None and mention.precision == Precision.DAY:
                return mention
    return None


def _date_candidates(source: MeetingDateInput, start: int, end: int) -> list[Candidate]:
    """The report's date expressions within ``page[start:end]`` that can name a meeting's day, in text order."""
    found = [c for c in source.candidates if start <= c.start and c.end <= end]
    if any(c.start < end < c.end for c in source.candidates):
        # an expression runs past the window's end (a heading cut short): read the window on its own
        found = find_candidates(source.page, start, end, [])
    return [c for c in found if c.kind in _MEETING_DATE_KINDS]


def _names_body(text: str) -> bool:
    return bool(_BODY_NAME.search(text))


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


def meeting_dates(
    text: str, blocks: list[ReportBlock], candidates: list[list[Candidate]], published: date | None
) -> list[DateMention | None]:
    """Meeting dates of the page's reports: first those the page states outright, then those whose year comes
    from the neighbouring reports (bounded by the page's order when it runs newest first). ``candidates``
    holds each report's date expressions."""
    years = [_years_in(text, block) for block in blocks]
    first = [
        find_meeting_date(
            _meeting_input(text, block, candidates[i], YearHints(published=published, page_years=years[i]), False)
        )
        for i, block in enumerate(blocks)
    ]
    known = [first_day(m) for m in first]
    newest_first = _runs_newest_first(known)
    resolved: list[DateMention | None] = []
    for i, block in enumerate(blocks):
        if first[i] is not None:
            resolved.append(first[i])
            continue
        neighbours = [d for j, d in enumerate(known) if d is not None and j != i]
        hints = YearHints(published=published, neighbours=neighbours, page_years=years[i])
        if newest_first:
            above = [d for d in known[:i] if d is not None]
            below = [d for d in known[i + 1 :] if d is not None]
            hints.not_after = min(above) if above else None
            hints.not_before = max(below) if below else None
        resolved.append(find_meeting_date(_meeting_input(text, block, candidates[i], hints)))
    return resolved


def _meeting_input(
    text: str, block: ReportBlock, candidates: list[Candidate], hints: YearHints, final_pass: bool = True
) -> MeetingDateInput:
    return MeetingDateInput(
        page=text,
        title=block.title,
        title_start=block.title_start,
        body_start=block.body_start,
        end=block.end,
        published=hints.published,
        hints=hints,
        candidates=candidates,
        final_pass=final_pass,
    )


def _years_in(text: str, block: ReportBlock) -> list[int]:
    return [int(y) for y in WRITTEN_YEAR.findall(text, block.start, block.end)]


def _runs_newest_first(days: list[date | None]) -> bool:
    known = [d for d in days if d is not None]
    pairs = list(itertools.pairwise(known))
    return bool(pairs) and sum(a >= b for a, b in pairs) * 2 > len(pairs)
