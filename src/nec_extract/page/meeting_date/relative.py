"""A meeting day the report gives relative to its publication: "yesterday's NEC", "the committee met on
Tuesday", "the motion passed this afternoon" (SPEC: resolved against the publication date)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from nec_extract.language.calendar import WEEKDAY_NUMBERS
from nec_extract.language.dates import Candidate, DateValue, tense_around
from nec_extract.language.dates.relative import Anchor, from_today
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.language.text import make_span
from nec_extract.models import Precision
from nec_extract.page.meeting_date.source import Dated, MeetingDateInput

_RELATIVE_KINDS = frozenset({"deictic", "relative_weekday", "bare_weekday"})
_MEETING_WORD = re.compile(rf"\b(?:{alternation(pages_vocabulary().relative_meeting_words)})\b", re.IGNORECASE)


def from_relative(source: MeetingDateInput) -> Dated | None:
    """The first relative day in the heading or opening lines whose sentence speaks of the meeting, not of
    what is to come."""
    if source.published is None:
        return None
    start = source.title_start if source.title_start is not None else source.body_start
    for candidate in source.within(start, source.opening_end, _RELATIVE_KINDS):
        day = _day_of(candidate, source.published)
        if day is not None and _speaks_of_the_meeting(source, candidate):
            value = DateValue(day.isoformat(), None, Precision.DAY)
            return Dated(make_span(source.page, candidate.start, candidate.end), value)
    return None


def _day_of(candidate: Candidate, published: date) -> date | None:
    match = candidate.match
    if candidate.kind == "deictic":
        value = from_today(match.group("word"), Anchor(published, Precision.DAY))
        return date.fromisoformat(value.start) if value.start else None
    if candidate.kind == "relative_weekday" and match.group("shift").lower() != "last":
        return None
    weekday = match.group("weekday") if candidate.kind == "relative_weekday" else match.group()
    back = (published.weekday() - WEEKDAY_NUMBERS[weekday.lower()]) % 7 or 7
    return published - timedelta(days=back)


def _speaks_of_the_meeting(source: MeetingDateInput, candidate: Candidate) -> bool:
    sentence_start = source.sentence_start(candidate.start)
    sentence = source.page[sentence_start : source.sentence_end(candidate.start)]
    if not _MEETING_WORD.search(sentence):
        return False
    return tense_around(source.page, sentence_start, candidate.start, candidate.end) != "future"
