"""The days of a meeting of several days named by their weekday: "The Tuesday was mostly conference business
and the Wednesday the rule changes", under "NEC (20/21 September 2016)". A weekday after "the", capitalised,
is the one day of the meeting's span that falls on it; in a meeting of one day, or on a weekday the span lacks,
it is no date mention (checks.py leaves a bare "the Tuesday" out). So are the days of an event said to open on a
day just before ("with conference opening on Sunday 26 September ... chairing a session on the Tuesday")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from nec_extract.language.calendar import WEEKDAY_NAMES, WEEKDAY_NUMBERS
from nec_extract.language.dates.forms import Candidate
from nec_extract.language.dates.values import DateValue, iso_to_date
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.dates import dates_vocabulary
from nec_extract.models import Precision

# "the Tuesday", "The Wednesday,"; not "the Tuesday before" (a day counted from another), nor a possessive or
# a compound ("the Tuesday's", "the Tuesday-night session" is read by the forms)
_THE_WEEKDAY = re.compile(
    rf"\b[Tt]he\s+(?P<weekday>{'|'.join(WEEKDAY_NAMES)})\b(?![’'-]|\s+(?:before|after|following|of)\b)"
)
# a meeting of several days: a conference's or an away-day's few days, not a month
_LONGEST_MEETING_DAYS = 7
# "opening on Sunday 26 September": the words right before the day an event opens on
_OPENING = re.compile(rf"\b(?:{alternation(dates_vocabulary().openings_before_a_day)})\s+$", re.IGNORECASE)
# how far before "the Tuesday" the day its event opens on is looked for (a sentence or two)
_OPENING_REACH = 400


def meeting_days_by_weekday(
    page: str, start: int, end: int, meeting: tuple[date, date] | None, taken: list[Candidate]
) -> list[tuple[Candidate, DateValue]]:
    """The weekdays after "the" in page[start:end] that name a day of the meeting's span, with their values;
    none where a found mention already covers the weekday."""
    if meeting is None or not 0 < (meeting[1] - meeting[0]).days < _LONGEST_MEETING_DAYS:
        return []
    found = []
    for match in _THE_WEEKDAY.finditer(page, start, end):
        day = _the_day_of(meeting, WEEKDAY_NUMBERS[match.group("weekday").lower()])
        weekday_start, weekday_end = match.span("weekday")
        if day is None or any(c.start < weekday_end and weekday_start < c.end for c in taken):
            continue
        candidate = Candidate("meeting_weekday", weekday_start, weekday_end, match)
        found.append((candidate, DateValue(day.isoformat(), None, Precision.DAY)))
    return found


def _the_day_of(meeting: tuple[date, date], weekday: int) -> date | None:
    first, last = meeting
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    on_the_weekday = [day for day in days if day.weekday() == weekday]
    return on_the_weekday[0] if len(on_the_weekday) == 1 else None


def event_days_by_weekday(
    page: str, start: int, end: int, values: list[tuple[Candidate, DateValue]]
) -> list[tuple[Candidate, DateValue]]:
    """The weekdays after "the" in page[start:end] that name a day in the week of an event said, a sentence or two
    before, to open on a day ("with conference opening on Sunday 26 September ... on the Tuesday"), with their
    values; none where a found mention already covers the weekday."""
    openings = [(c, v) for c, v in values if _opens_an_event(page, c, v)]
    found = []
    for match in _THE_WEEKDAY.finditer(page, start, end):
        weekday_start, weekday_end = match.span("weekday")
        if any(c.start < weekday_end and weekday_start < c.end for c, _ in values):
            continue
        opened = [v for c, v in openings if weekday_start - _OPENING_REACH <= c.end <= weekday_start]
        if not opened or opened[-1].start is None:
            continue
        day = _the_day_of(_week_from(iso_to_date(opened[-1].start)), WEEKDAY_NUMBERS[match.group("weekday").lower()])
        if day is not None:
            candidate = Candidate("event_weekday", weekday_start, weekday_end, match)
            found.append((candidate, DateValue(day.isoformat(), None, Precision.DAY)))
    return found


def _opens_an_event(page: str, candidate: Candidate, value: DateValue) -> bool:
    return (
        value.precision == Precision.DAY
        and _OPENING.search(page, max(0, candidate.start - 20), candidate.start) is not None
    )


def _week_from(day: date) -> tuple[date, date]:
    return day, day + timedelta(days=_LONGEST_MEETING_DAYS - 1)
