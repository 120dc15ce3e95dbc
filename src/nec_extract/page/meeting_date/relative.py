"""A meeting day the report gives relative to its publication: "yesterday's NEC", "the committee met on
Tuesday", "the motion passed this afternoon" (SPEC: resolved against the publication date)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from nec_extract.language.calendar import WEEKDAY_NUMBERS
from nec_extract.language.dates import (
    RELATIVE_DAY_KINDS,
    Candidate,
    DateValue,
    nearest_weekday,
    tense_around,
    written_value,
)
from nec_extract.language.dates.relative import (
    Anchor,
    days_from_today,
    from_today,
    is_past_word,
    relative_period,
    shift_of,
)
from nec_extract.language.lexicon import alternation, pattern_alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.language.text import make_span
from nec_extract.models import Precision
from nec_extract.page.meeting_date.opening import after_a_past_perfect
from nec_extract.page.meeting_date.source import DAYS_TO_WRITE_UP, Dated, MeetingDateInput, dated
from nec_extract.page.segment.account import says_it_met_or_decided

# a day said relative to another: "yesterday", "last Tuesday", "on Tuesday", "last night (19/06/13)"
_RELATIVE_KINDS = RELATIVE_DAY_KINDS | {"deictic_dated"}
_WORDS = pages_vocabulary()
# the meeting, a decision, or the body by its name or its acronym ("tonight's GC", "yesterday's board")
_MEETING_WORD = re.compile(
    rf"\b(?:{alternation([*_WORDS.relative_meeting_words, *_WORDS.body_words])}"
    rf"|(?-i:{pattern_alternation(_WORDS.body_acronyms)}))\b",
    re.IGNORECASE,
)

# "a quick round-up of Thursday night", "my notes from last night": the write-up of the day right before it
_WRITE_UP_OF = re.compile(
    rf"\b(?:{alternation(_WORDS.write_ups_of_a_day)})\s+(?:of|from|on)\s+(?:(?:the|this|last)\s+)?$", re.IGNORECASE
)

# "this month's NEC", "last month's meeting of the executive"
_MONTHS_MEETING = re.compile(rf"['’]s\s+(?:[\w'’-]+\s+){{0,2}}?{_MEETING_WORD.pattern}", re.IGNORECASE)
# "Since last month's NEC": the month of an earlier meeting
_ANOTHER_MEETINGS_MONTH = re.compile(
    rf"\b(?:{alternation(_WORDS.words_before_another_meetings_month)})\s+$", re.IGNORECASE
)
# "the NEC met last month", "the meeting held this month"
_MET_BEFORE = re.compile(rf"\b(?:{alternation(_WORDS.account_meeting_verbs)})\s+(?:\w+\s+)?$", re.IGNORECASE)
_BODY_NOUN = (
    rf"(?:\b(?:{alternation(_WORDS.account_meeting_nouns)})|(?-i:\b(?:{pattern_alternation(_WORDS.body_acronyms)})))"
)
_DECIDED = rf"\b(?:{alternation(_WORDS.account_decision_verbs)})"
# the body, a word or two, its decision, right before the month: "The national executive voted last month to ...",
# "the board unanimously agreed earlier this month", "a motion passed by the executive last month"
_BODY_DECIDED_BEFORE = re.compile(
    rf"(?:{_BODY_NOUN}(?:\s+[\w'’-]+){{0,2}}?\s+{_DECIDED}"
    rf"|{_DECIDED}\s+by\s+(?:the\s+|our\s+|its\s+)?(?:[\w'’-]+\s+){{0,2}}?{_BODY_NOUN})\s+(?:\w+ly\s+|earlier\s+)?$",
    re.IGNORECASE,
)
# "At its meeting this month", "at our meeting held last month"
_ITS_MEETING_BEFORE = re.compile(
    rf"\b(?:{alternation(_WORDS.meeting_owners)})\s+(?:[\w'’-]+\s+)?meeting\s+(?:held\s+)?(?:earlier\s+)?$",
    re.IGNORECASE,
)
# "Last month the executive agreed ...", "Earlier this month, the branch committee voted ...": the sentence opens
# with the month, then the body decides
_OPENS_WITH_IT = re.compile(r"^\W*(?:earlier\s+)?$", re.IGNORECASE)
_BODY_DECIDES_AFTER = re.compile(
    rf"^,?\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,3}}?{_BODY_NOUN}\b\s+(?:\w+ly\s+)?{_DECIDED}\b",
    re.IGNORECASE,
)


def from_relative(source: MeetingDateInput) -> Dated | None:
    """The first relative day in the heading or opening lines whose sentence speaks of the meeting, not of
    what is to come."""
    for candidate in source.within(_heading_start(source), source.lede_end, _RELATIVE_KINDS):
        day = _day_of(candidate, source)
        if day is not None and _speaks_of_the_meeting(source, candidate):
            return _the_day(source, candidate, day)
    return None


def from_relative_month(source: MeetingDateInput) -> Dated | None:
    """ "This month's NEC", "last month's meeting", "the committee met last month": the month of the meeting
    counted from the publication date (month precision); not a month to come ("next month's NEC")."""
    if source.published is None:
        return None
    for candidate in source.within(_heading_start(source), source.lede_end, frozenset({"relative"})):
        match = candidate.match
        if match.group("unit") is None or match.group("unit").lower() != "month" or shift_of(match.group("shift")) > 0:
            continue
        if _ANOTHER_MEETINGS_MONTH.search(source.page, source.sentence_start(candidate.start), candidate.start):
            continue
        if _MONTHS_MEETING.match(source.page, candidate.end) or _tied_to_the_meeting(source, candidate):
            value = relative_period(match, Anchor(source.published, Precision.DAY))
            return Dated(make_span(source.page, candidate.start, candidate.end), value)
    return None


def _heading_start(source: MeetingDateInput) -> int:
    """Where relative days are looked for: from the report's heading, or its body when it has none."""
    return source.title_start if source.title_start is not None else source.body_start


def _the_day(source: MeetingDateInput, candidate: Candidate, day: date) -> Dated:
    """The meeting's day, counted from the words at ``candidate``."""
    value = DateValue(day.isoformat(), None, Precision.DAY)
    return Dated(make_span(source.page, candidate.start, candidate.end), value)


def _tied_to_the_meeting(source: MeetingDateInput, candidate: Candidate) -> bool:
    """ "The NEC met last month", "the executive voted last month to ...", "at its meeting this month", "Last month
    the board agreed ...": the month is the meeting's, said by its verb, its decision or its name; not a month with
    a thing of its own after it ("agreed last month's accounts")."""
    sentence_start = source.sentence_start(candidate.start)
    before = source.page[sentence_start : candidate.start].replace("\n", " ")
    if _MET_BEFORE.search(before) or _ITS_MEETING_BEFORE.search(before):
        return True
    if source.page.startswith(("'s", "’s"), candidate.end):
        return False
    if _BODY_DECIDED_BEFORE.search(before):
        return True
    after = source.page[candidate.end : source.sentence_end(candidate.start)].replace("\n", " ")
    return bool(_OPENS_WITH_IT.match(before) and _BODY_DECIDES_AFTER.match(after))


def counted_from_heading(source: MeetingDateInput, heading: Dated) -> Dated | None:
    """ "Executive news 22.11.22" over "Last night's executive agreed ...", "NEC report 14.03.19" (a Thursday)
    over "The NEC met on Tuesday ...": the body's first sentence counts the meeting back from the heading's day,
    which is then the day the report was written."""
    if heading.precision != Precision.DAY:
        return None
    if source.published is not None and source.published != heading.period()[0]:
        # "By Jo Bloggs | 19 July 2023" over "Board report: 18 July 2023" and "Yesterday's Board": the page was
        # written on another day than the heading's, which is the meeting's
        return None
    written = heading.period()[0]
    # the first sentence, or one after sentences that do not yet say the meeting took place ("The regional
    # conference was the backdrop. Saturday's meeting of the GC was a long one."); not past one that said it ("The
    # executive met in Leeds. The regional board met last night too.")
    for sentence in source.sentences:
        if sentence.start < source.body_start or sentence.end > source.opening_end:
            continue
        found = _counted_in(source, sentence.start, sentence.end, written)
        if found is not None or says_it_met_or_decided(source.page, sentence.start, sentence.end):
            return found
    return None


def _counted_in(source: MeetingDateInput, start: int, end: int, written: date) -> Dated | None:
    days_named = source.within(start, end, _DAY_NAMING_KINDS)
    for candidate in source.within(start, end, _RELATIVE_KINDS):
        # a weekday beside another day ("The committee met on Tuesday and the NEC today") may be another meeting's
        if candidate.kind != "deictic" and len(days_named) > 1:
            continue
        if after_a_past_perfect(source, candidate):
            continue  # "The CAC had met on Monday to make rulings": before the meeting, and another body's
        if candidate.kind == "deictic_dated":
            day = _written_beside(source, candidate, written)
        else:
            day = _counted_back(candidate, written)
        if day is not None and _speaks_of_the_meeting(source, candidate):
            return _the_day(source, candidate, day)
    return None


def _written_beside(source: MeetingDateInput, candidate: Candidate, written: date) -> date | None:
    """ "The board met last Tuesday (20/01/2015)" under a heading dated two days later: the day written beside the
    relative word, when it is at most a fortnight before the heading's."""
    found = dated(source, candidate)
    if found is None or found.precision is not Precision.DAY:
        return None
    day = found.period()[0]
    return day if 0 <= (written - day).days <= DAYS_TO_WRITE_UP else None


_DAY_NAMING_KINDS = _RELATIVE_KINDS | {"day", "iso_day", "range", "bare_ordinal", "weekday_ordinal"}


def _counted_back(candidate: Candidate, written: date) -> date | None:
    """The day a relative reference counts back from the day of writing, if it counts back."""
    if candidate.kind == "deictic":
        if not _said_as_past(candidate):
            return None
        return written + timedelta(days=days_from_today(candidate.match.group("word")))
    return _weekday_before(candidate, written)


def _weekday_before(candidate: Candidate, written: date) -> date | None:
    """ "The NEC met on Tuesday" under a heading dated a Thursday: the Tuesday before; none when the heading's
    day is itself that weekday (it is then the meeting's) or the weekday is not said as past or plain."""
    if candidate.kind == "relative_weekday" and not _said_as_past(candidate):
        return None
    weekday = candidate.match.group("weekday") if candidate.kind == "relative_weekday" else candidate.match.group()
    day = nearest_weekday(WEEKDAY_NUMBERS[weekday.lower()], written, "past")
    return day if day != written else None


def _day_of(candidate: Candidate, source: MeetingDateInput) -> date | None:
    """The day a relative reference names: counted back from the publication day, or written beside it."""
    match, published = candidate.match, source.published
    if candidate.kind == "deictic_dated":
        value = written_value(candidate, source.hints)
        return date.fromisoformat(value.start) if value.start and len(value.start) == 10 else None
    if published is None:
        return None
    if candidate.kind == "deictic":
        value = from_today(match.group("word"), Anchor(published, Precision.DAY))
        return date.fromisoformat(value.start) if value.start else None
    if candidate.kind == "relative_weekday" and shift_of(match.group("shift")) == 0:
        return _this_weekday_gone(match.group("weekday"), published)
    if candidate.kind == "relative_weekday" and match.group("shift").lower() != "last":
        return None
    weekday = match.group("weekday") if candidate.kind == "relative_weekday" else match.group()
    back = (published.weekday() - WEEKDAY_NUMBERS[weekday.lower()]) % 7 or 7
    return published - timedelta(days=back)


def _this_weekday_gone(weekday: str, published: date) -> date | None:
    """ "This Tuesday the NEC agreed ...": that weekday of the publication's week, when it has already come."""
    day = published - timedelta(days=published.weekday() - WEEKDAY_NUMBERS[weekday.lower()])
    return day if day <= published else None


def _said_as_past(candidate: Candidate) -> bool:
    """ "yesterday", "last night", "last Tuesday": the words themselves say the day is past."""
    if candidate.kind == "relative_weekday":
        return is_past_word(candidate.match.group("shift"))
    if candidate.kind not in ("deictic", "deictic_dated"):
        return False
    return is_past_word(candidate.match.group("word"))


def _speaks_of_the_meeting(source: MeetingDateInput, candidate: Candidate) -> bool:
    """Its sentence names the meeting or a decision, or is the first under the meeting's heading ("February
    delegate meeting" over "A packed room on Tuesday night ..."); a day that may lie ahead ("today", "on
    Saturday") is not spoken of as to come."""
    sentence_start = source.sentence_start(candidate.start)
    sentence = source.page[sentence_start : source.sentence_end(candidate.start)]
    under_heading = candidate.kind != "deictic" and _opens_the_body_under_a_heading(source, sentence_start)
    written_up = _WRITE_UP_OF.search(source.page, sentence_start, candidate.start) is not None
    if not _MEETING_WORD.search(sentence) and not under_heading and not written_up:
        return False
    return (
        _said_as_past(candidate)
        or tense_around(source.page, sentence_start, candidate.start, candidate.end) != "future"
    )


def _opens_the_body_under_a_heading(source: MeetingDateInput, sentence_start: int) -> bool:
    return source.title is not None and not source.page[source.body_start : sentence_start].strip()
