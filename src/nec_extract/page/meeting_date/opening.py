"""The meeting date the opening lines of a report give, where the words tie it to the meeting:

- a cue earlier in its sentence ("The committee met for its away day ... on 1 November", "held on", "the
  meeting of"), or "in" for a month ("at its latest meeting in February 2020");
- a label ("Date: Sunday, 25 February 2024");
- a line naming the body ("National Executive Committee, 22 September 2009");
- the first line of the body opening with the day and the hours of the meeting ("Saturday 3 May 2014
  10am – 1pm, Town Hall"), which a publication dateline is not;
- a month named before the meeting ("the March meeting", "the June NEC").

A day is preferred to a month."""

from __future__ import annotations

import re

from nec_extract.language.calendar import WEEKDAY_ANY
from nec_extract.language.dates import Candidate, find_candidates, tense_around
from nec_extract.language.dates.relative import day_in_month
from nec_extract.language.lexicon import alternation, pattern_alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.language.spaces import two_spaces_behind
from nec_extract.language.text import make_span
from nec_extract.models import Precision
from nec_extract.page.dateline import is_byline, is_dateline, news_dateline_length
from nec_extract.page.meeting_date.another_thing import names_another_things_day
from nec_extract.page.meeting_date.labels import (
    BARE_DATE_LABEL,
    MINUTES_LABEL,
    among_details,
    names_minutes_or_meeting,
    the_pages_own_label,
)
from nec_extract.page.meeting_date.meetings_year import in_the_year_named
from nec_extract.page.meeting_date.source import (
    MEETING_DATE_KINDS,
    MEETING_HOURS,
    OPENING_CHARS,
    Dated,
    MeetingDateInput,
    dated,
)
from nec_extract.page.segment import names_meeting
from nec_extract.page.segment.headings import FUTURE_MEETING
from nec_extract.page.segment.lines import is_heading_like, names_a_body

_WORDS = pages_vocabulary()
# the meeting named, or its verb ("met", "reconvened")
_CUES = alternation([*_WORDS.meeting_cues, *_WORDS.meeting_verbs_before_day])
_DAY_CUE = re.compile(
    rf"\b(?:{_CUES})\b(?:[^\n]*?\b(?:(?:{alternation(_WORDS.meeting_cue_links)})\s*(?:the\s+)?|,\s*)|\s*\(\s*)$"
    rf"|\b(?:{alternation(_WORDS.meeting_verbs_before_day)})\s+$",
    re.I,
)
# the meeting or the body named, then "held" right before the day, as minutes write it: "GC held 14th March 2024
# at 7:30pm", "Meeting held 3 May 2023"
_HELD_AFTER_ITS_NAME = re.compile(
    rf"(?:\b(?:{_CUES}|{alternation(_WORDS.body_words)})|(?-i:\b(?:{pattern_alternation(_WORDS.body_acronyms)})))"
    r"\s+held\s+$",
    re.IGNORECASE,
)
# the body named right before its day after "at", standing for its meeting: "At the group on 13 May", "at our GC of
# 3 March"; not "a letter to the group on 3 March"
_BODY_RIGHT_BEFORE = re.compile(
    rf"\bat\s+(?:(?:{alternation(_WORDS.meeting_owners)})\s+)?(?:[\w'’-]+\s+)?"
    rf"(?:\b(?:{alternation(_WORDS.bodies_named_before_their_day)})|(?-i:\b(?:{pattern_alternation(_WORDS.body_acronyms)})))"
    r"\s+(?:on|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a meeting's verb in the past ("met", "convened"), not "had met"
_NOT_AFTER_HAD = two_spaces_behind(r"(?<!\bhad\s)")
_MET = rf"{_NOT_AFTER_HAD}\b(?:{alternation(_WORDS.meeting_verbs_before_day)})\s+"
# "met on", "convened on the": a meeting's verb in the past right before its day, whatever another clause's tense
# ("Following our April meeting, when we agreed to review it, the NEC met on 17 May")
_MET_RIGHT_BEFORE = re.compile(rf"{_MET}(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
# "its meeting", "the committee meeting", "our meeting held": this meeting named, not one to come ("the next
# meeting")
_ITS_MEETING = (
    rf"\b(?:{alternation(_WORDS.meeting_owners)})\s+"
    rf"(?:(?!(?:{alternation(_WORDS.future_meeting_words)})\b)[\w'’-]+\s+)?meeting\s+(?:held\s+)?"
)
# "morning of", "the evening of": a part of the day before its date
_PART_OF_DAY = rf"(?:the\s+)?(?:{alternation(_WORDS.parts_of_a_day)})\s+of\s+"
# "met on the", "met on the evening of the": the verb of meeting before a day without its month; or the meeting
# named ("At its meeting on the 12th", "at our meeting on the evening of the 3rd")
_MET_BEFORE_A_BARE_DAY = re.compile(
    rf"(?:{_MET}|{_ITS_MEETING})(?:on\s+)?(?:the\s+)?(?:{_PART_OF_DAY})?(?:the\s+)?$", re.IGNORECASE
)
# a sentence that opens with the day and then names the meeting: "On Tuesday 12 March the NEC met ...", "On the
# evening of Tuesday 5 March, the GC met ..."
_OPENS_WITH_DAY = re.compile(
    rf"^\W*(?:(?:{alternation(_WORDS.relative_day_openers)}),\s+)?(?:(?:{alternation(_WORDS.day_openers)})\s+)?"
    rf"(?:{_PART_OF_DAY})?$",
    re.IGNORECASE,
)
# after a sentence's opening day: the meeting, or the body by any of its names ("On 5 October the Regional Board
# considered ...", "5 October saw the Labour group elect ...")
_CUE_AFTER = re.compile(
    rf"\b(?:{_CUES}|{alternation(_WORDS.body_words)})\b|(?-i:\b(?:{pattern_alternation(_WORDS.body_acronyms)})\b)",
    re.IGNORECASE,
)
# or those at the meeting, right after it, doing what was done there: "On Monday 9 October delegates debated ..."
_PARTICIPANTS_ACT = re.compile(
    rf"^\s*,?\s*(?:the\s+)?(?:{alternation(_WORDS.account_subjects)})\s+(?:[\w'’-]+\s+){{0,3}}?(?:(?:was|were)\s+)?"
    rf"(?:{alternation([*_WORDS.account_proceedings, *_WORDS.account_decision_verbs])})\b",
    re.IGNORECASE,
)
_MONTH_CUE = re.compile(rf"\b(?:{_CUES})\b[^\n]*?\b(?:{alternation(_WORDS.month_cue_links)})\s+$", re.I)
_LABEL = re.compile(rf"^\s*(?:{alternation(_WORDS.date_labels)})\s*[:\-–]?\s*$", re.IGNORECASE)
# a label naming the meeting's date at a line's start, above an untitled report's body
_MEETING_LABEL = re.compile(
    rf"^[^\S\n]*(?:{alternation(_WORDS.meeting_date_labels)})[^\S\n]*[:\-–][^\S\n]*", re.IGNORECASE | re.MULTILINE
)
# what may stand between a label and its date: "Date: Wed 15/03/2023"
_WEEKDAY_ONLY = re.compile(rf"(?:{WEEKDAY_ANY},?\s+)?", re.IGNORECASE)
# the body by a name or its acronym: "National Executive Committee, 22 September 2009", "WEC report – 16 September"
_BODY_NAME = re.compile(
    rf"\b(?:{alternation(_WORDS.body_names)})\b|(?-i:\b(?:{pattern_alternation(_WORDS.body_acronyms)})\b)",
    re.IGNORECASE,
)
_BODY_THEN_DAY = re.compile(rf"\b(?:{alternation(_WORDS.body_words)})\s*[,:–—-]\s*$", re.IGNORECASE)
# "the 12 March meeting", "12 March's NEC", "the 17/10/2019 group meeting", "the 3 May GC meeting"
_NOUN_AFTER_MONTH = re.compile(
    rf"^(?:['’]s)?\s+(?:(?:{alternation(_WORDS.body_words)}|(?-i:{pattern_alternation(_WORDS.body_acronyms)}))\s+)?"
    rf"(?:{alternation(_WORDS.meeting_nouns_after_month)})\b",
    re.IGNORECASE,
)
# the day, then what it was for: "We were in Leeds on 12 March for the meeting of the executive", "on 12 March for
# our quarterly session"; not "for the next meeting"
_FOR_THE_MEETING = re.compile(
    rf"\s*,?\s*for\s+(?:{alternation(_WORDS.meeting_owners)})\s+"
    rf"(?!(?:{alternation(_WORDS.future_meeting_words)})\b)(?:[\w'’-]+\s+){{0,2}}?(?:meeting|session)\b",
    re.IGNORECASE,
)
_WORDS_BEFORE_ON_OWN_LINE = 6
# "the March meeting, on the 14th", "the October meeting was held on the 26th"
_MOST_WORDS_FROM_MONTH_TO_DAY = 5
# "the aggregate meetings held on 2nd, 7th and 9th March": the days of several meetings, none of them the one
_SEVERAL_MEETINGS = re.compile(r"\bmeetings\b", re.IGNORECASE)
_TO_COME = re.compile(rf"\b(?:{alternation(_WORDS.meeting_verbs_to_come)})\b", re.IGNORECASE)
# the day of another, earlier meeting, said in the stretch of the clause before it, or of another event
_EARLIER_MEETING = re.compile(rf"\b(?:{pattern_alternation(_WORDS.earlier_meeting_patterns)})\b", re.IGNORECASE)
# the earlier meeting with its day set off after it, by a comma, a dash or a bracket: "The previous meeting, on 5
# March, had ...", "our last meeting (held on 5 March)", "the preceding meeting – of 5 March –"
_EARLIER_MEETING_SET_OFF = re.compile(
    rf"\b(?:{pattern_alternation(_WORDS.earlier_meeting_patterns)})\b(?:\s+of\s+(?:the\s+)?[\w'’-]+)?"
    rf"\s*[,(–—]\s*(?:(?:{alternation(_WORDS.set_off_meeting_day_links)})\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_REPORT_FOLLOWS = re.compile(
    rf"^[^.;:]*?,\s*(?:{pattern_alternation(_WORDS.report_follows_patterns)})\b", re.IGNORECASE
)
_EVENT_HELD = re.compile(
    rf"\b(?:{alternation(_WORDS.events_held)})\b(?:\s+(?:for|of)(?:\s+[\w'’-]+){{1,3}}?)?,?\s+(?:(?:which|that)\s+"
    r"(?:was\s+|were\s+)?)?(?:held|took\s+place)(?:\s+(?:on|(?:[\w'’-]+\s+){1,4}?(?:on|between|from)))?\s+$",
    re.IGNORECASE,
)
# "since conference in September", "after the election in May": the month of another event the clause names
_ANOTHER_EVENTS_MONTH = re.compile(
    rf"\b(?:{alternation(_WORDS.words_before_another_meetings_month)})\b(?:\s+[\w'’-]+){{1,4}}\s+in\s+$", re.IGNORECASE
)
# "the amendments that I had proposed at the September meeting": an earlier meeting, the verb a few words before
_PAST_PERFECT_WORDS = 6
_PAST_PERFECT = re.compile(
    rf"\bhad\s+(?:(?:{alternation(_WORDS.past_perfect_adverbs)})\s+)?"
    rf"(?:\w+(?:ed|en|wn|ne|ught)|{alternation(_WORDS.irregular_past_participles)})\b",
    re.IGNORECASE,
)
# the day a page was posted, after its label: "Published: 5 June 2019", "Posted on 3 May 2021"
_STAMPED = re.compile(rf"\b(?:{alternation(_WORDS.dateline_verbs)})(?:\s+on)?\s*:?\s*$", re.IGNORECASE)
_MINUTES_OF = re.compile(rf"\b(?:{alternation(_WORDS.previous_minutes_nouns)})\s+of\b", re.IGNORECASE)
_MINUTES_APPROVED = re.compile(rf"\b(?:{alternation(_WORDS.minutes_approved_words)})\b", re.IGNORECASE)
# the lines between a minutes title and its date line: a subtitle or two ("MINUTES", "of the Northtown Branch")
_MOST_LINES_ABOVE_MINUTES_DAY = 3


def from_opening(source: MeetingDateInput) -> Dated | None:
    """The first day the opening lines tie to the meeting, else the first month; a day of several meetings
    ("the aggregate meetings held on 2nd, 7th and 9th March") only when no other is tied."""
    return _first_tied(source, source.body_start, source.opening_end)


def from_label_above(source: MeetingDateInput) -> Dated | None:
    """ "Branch Committee" / "Date of meeting: 12/03/2019" / "Venue: Zoom" over an untitled report: a label that
    names the meeting's date, in the page's lines above the report's body (not a bare "Date:", which may be the
    page's, unless the lines next to it give the meeting's details: "Date: 15/03/2023" / "Venue: Unity House")."""
    above_start = max(0, source.body_start - OPENING_CHARS)
    labels = list(_MEETING_LABEL.finditer(source.page, above_start, source.body_start))
    labels += [
        label
        for label in BARE_DATE_LABEL.finditer(source.page, above_start, source.body_start)
        if among_details(source.page, label.start())
    ]
    for label in sorted(labels, key=lambda found: found.start()):
        line_end = source.page.find("\n", label.end())
        end = source.body_start if line_end < 0 else min(line_end, source.body_start)
        for candidate in find_candidates(source.page, label.end(), end, []):
            if candidate.kind in MEETING_DATE_KINDS and _WEEKDAY_ONLY.fullmatch(
                source.page, label.end(), candidate.start
            ):
                return dated(source, candidate)
    return None


def from_further_on(source: MeetingDateInput) -> Dated | None:
    """A day tied to the meeting past the opening lines, as far on as a news report's long lede reaches
    ("... The group met on Tuesday 18 July 2023 at the town hall, where she won by 24 votes to 19.")."""
    found = _first_tied(source, source.opening_end, source.lede_end)
    return found if found is not None and found.precision == Precision.DAY else None


def from_deep_in_the_body(source: MeetingDateInput) -> Dated | None:
    """Past the lede, only a day the body's own verb of meeting stands right before ("... after months of
    argument, the NEC met on 14 March 2023 to settle it"), of this meeting and not an earlier one."""
    for candidate in source.within(source.lede_end, source.end, _DEEP_DAY_KINDS):
        clause = _one_line(source.page[_clause_start(source, candidate.start) : candidate.start])
        if not _MET_RIGHT_BEFORE.search(clause) or not names_a_body(clause):
            continue
        found = dated(source, candidate)
        if found is not None and not _of_an_earlier_meeting(source, candidate):
            return found
    return None


_DEEP_DAY_KINDS = frozenset({"day", "iso_day", "range"})


def _first_tied(source: MeetingDateInput, start: int, end: int) -> Dated | None:
    month: Dated | None = None
    several: Dated | None = None
    for candidate in source.within(start, end):
        found = _tied_to_meeting(source, candidate) or _day_of_the_month_named(source, candidate, month)
        if found is None or _of_an_earlier_meeting(source, candidate):
            continue
        if found.precision == Precision.DAY:
            if not _of_several_meetings(source, candidate):
                return found
            several = several or found
        elif month is None and found.precision == Precision.MONTH:
            month = found
    return several or month


def _day_of_the_month_named(source: MeetingDateInput, candidate: Candidate, month: Dated | None) -> Dated | None:
    """ "The NEC's March meeting, on the 14th, ...", "We met in June – on the 12th – in Leeds": a day without
    its month, tied to the meeting in the sentence that named the meeting's month, is that month's day."""
    if month is None or candidate.kind != "bare_ordinal" or source.sentence_start(candidate.start) > month.span.start:
        return None
    if len(source.page[month.span.end : candidate.start].split()) > _MOST_WORDS_FROM_MONTH_TO_DAY:
        return None  # "At the June meeting we agreed that ballots close on the 30th"
    if not _day_tied(source, candidate):
        return None
    value = day_in_month(int(candidate.match.group("day")), month.period()[0])
    if value.start is None:
        return None
    return Dated(make_span(source.page, candidate.start, candidate.end), value)


def after_a_past_perfect(source: MeetingDateInput, candidate: Candidate) -> bool:
    """A past perfect in the few words before the date ("that I had proposed at the September meeting", "which had
    been put off from 3 May"): the date is of a time before the meeting's."""
    before = _one_line(source.page[_clause_start(source, candidate.start) : candidate.start])
    return bool(_PAST_PERFECT.search(" ".join(before.split()[-_PAST_PERFECT_WORDS:])))


def _met_right_before(source: MeetingDateInput, candidate: Candidate) -> bool:
    """ "We met on the 14th", "The NEC met on the evening of the 14th"; not "At the June meeting we agreed that
    ballots close on the 30th"."""
    clause = _one_line(source.page[_clause_start(source, candidate.start) : candidate.start])
    return bool(_MET_BEFORE_A_BARE_DAY.search(clause))


def _of_an_earlier_meeting(source: MeetingDateInput, candidate: Candidate) -> bool:
    """The day of an earlier meeting or another event: "The committee, which last met on 8 June, met again
    on 15 June", "Following the meeting of the Organisation Committee on 5 March, the NEC met ...", "moved
    from 25 January", "The minutes of the meeting of 10 November were agreed", "the local elections held on
    5 May"."""
    page = source.page
    sentence_start = _clause_start(source, candidate.start)
    before = [c for c in source.candidates if sentence_start <= c.end <= candidate.start]
    stretch_start = max([sentence_start, *(c.end for c in before)])
    stretch = _one_line(page[stretch_start : candidate.start])
    if _EVENT_HELD.search(stretch):
        return True
    after = page[candidate.end : source.sentence_end(candidate.start)]
    # "After a long wait, the NEC met on ..." speaks of this meeting; so does "Following the NEC on 14 March,
    # here is my report"
    earlier = _EARLIER_MEETING.search(stretch, stretch.rfind(",") + 1) or _EARLIER_MEETING_SET_OFF.search(stretch)
    if earlier and _WRITE_UP_FROM.search(stretch, 0, earlier.start() + len("from")):
        return False  # "Notes from the meeting on 1 June", "A round-up from the executive meeting of 1 June"
    if earlier:
        return not _REPORT_FOLLOWS.search(_one_line(after)) and not _decided_after_a_meeting(
            _one_line(page[sentence_start : candidate.start]), earlier.group(), stretch[earlier.end() :]
        )
    return bool(_MINUTES_OF.search(stretch) and _MINUTES_APPROVED.search(after))


# a write-up of this meeting named as coming from it ("my report from", "a quick round-up from")
_WRITE_UP_FROM = re.compile(rf"\b(?:{alternation(_WORDS.page_title_words)})\s+from$", re.IGNORECASE)
# "after a heated meeting", "following a long meeting": a meeting the sentence brings in, not one named before
_AFTER_A_MEETING = re.compile(r"^(?:after|following)\s+an?\s", re.IGNORECASE)
_OF_OTHERS = re.compile(r"\s*(?:of|with|between)\b", re.IGNORECASE)
_DECISION = re.compile(
    rf"\b(?:{alternation([*_WORDS.account_decision_verbs, *_WORDS.decision_verbs])})\b", re.IGNORECASE
)


def _decided_after_a_meeting(before: str, earlier: str, rest: str) -> bool:
    """ "Jo Bloggs was elected leader of the group after a heated meeting in London on 9 May 2023": the decision the
    sentence tells came at the meeting it brings in after it, which is this one; not after a meeting of others
    ("agreed, after a meeting with the employers on 2 May, to ...")."""
    if not _AFTER_A_MEETING.match(earlier) or _OF_OTHERS.match(rest):
        return False
    return bool(_DECISION.search(before, 0, max(0, before.rfind(earlier))))


def _of_several_meetings(source: MeetingDateInput, candidate: Candidate) -> bool:
    clause = source.page[_clause_start(source, candidate.start) : candidate.start]
    return bool(_SEVERAL_MEETINGS.search(clause))


def _tied_to_meeting(source: MeetingDateInput, candidate: Candidate) -> Dated | None:
    found = dated(source, candidate) or in_the_year_named(
        source, candidate, _one_line(source.page[_clause_start(source, candidate.start) : candidate.start])
    )
    if found is None or is_byline(_line_of(source.page, source.page.rfind("\n", 0, candidate.start) + 1)):
        return None  # "Report by Jo Bloggs, NEC member, January 2023": the month of writing
    if candidate.kind == "bare_ordinal" and source.hints.meeting is None and not _met_right_before(source, candidate):
        return None  # a day counted in the month of writing is the meeting's only when its verb says so
    if after_a_past_perfect(source, candidate):
        return None  # "the amendments that I had proposed at the September meeting": an earlier meeting
    if _day_tied(source, candidate):
        return found
    if found.precision == Precision.MONTH and _month_tied(source, candidate):
        return found
    return None


def _day_tied(source: MeetingDateInput, candidate: Candidate) -> bool:
    page = source.page
    sentence_start = _clause_start(source, candidate.start)
    clause = _one_line(page[sentence_start : candidate.start])
    if _STAMPED.search(clause):  # "NEC report. Published: 5 June 2019. Yesterday the NEC met ..."
        return False
    cue = (
        _DAY_CUE.search(clause)
        or (clause.rstrip()[-4:].lower() == "held" and _HELD_AFTER_ITS_NAME.search(clause))
        or _BODY_RIGHT_BEFORE.search(clause)
    )
    if cue and names_another_things_day(clause):
        return False  # "The executive agreed a ballot running from 4 September", "I was elected to the NEC on"
    if (
        cue
        or _NOUN_AFTER_MONTH.match(page[candidate.end : candidate.end + 40])
        or _FOR_THE_MEETING.match(page, candidate.end, candidate.end + 80)
        or _opens_the_account(source, clause, candidate)
    ):
        if _TO_COME.search(clause):
            return False
        if _MET_RIGHT_BEFORE.search(clause):  # the verb says it: "when we agreed to ..., the NEC met on 17 May"
            return True
        return tense_around(page, sentence_start, candidate.start, candidate.end) != "future"
    line_start = page.rfind("\n", 0, candidate.start) + 1
    before_on_line = page[line_start : candidate.start]
    if line_start < source.body_start or FUTURE_MEETING.search(before_on_line):
        return False
    if _LABEL.match(before_on_line):
        return not the_pages_own_label(page, line_start, source.title, _is_published_day(source, candidate))
    if len(before_on_line.split()) <= _WORDS_BEFORE_ON_OWN_LINE and _BODY_NAME.search(before_on_line):
        return not is_dateline(_line_of(page, line_start))  # not "Jo Bloggs (NEC member), 14/03/2019"
    if _is_meeting_subtitle(source, line_start):
        return True
    return _names_body_then_day(page[sentence_start : candidate.start]) or _opens_minutes(source, candidate, line_start)


def _is_published_day(source: MeetingDateInput, candidate: Candidate) -> bool:
    found = dated(source, candidate)
    return found is not None and found.precision is Precision.DAY and found.period()[0] == source.published


def _is_meeting_subtitle(source: MeetingDateInput, line_start: int) -> bool:
    """ "Executive reports" / "EC report – 14 June 2022": the body's first line is a heading that names a meeting,
    stacked right under a title that names none."""
    if source.title is None or names_meeting(source.title):
        return False
    if source.page[source.body_start : line_start].strip():
        return False
    line = _line_of(source.page, line_start)
    return is_heading_like(line) and not _runs_on(source.page, line_start + len(line)) and names_meeting(line)


def _runs_on(page: str, line_end: int) -> bool:
    """The next line goes on with the line's sentence (a hard-wrapped paragraph: "... which met on 8 March, and" /
    "agreed to ...")."""
    following = page[line_end + 1 : line_end + 2]
    return following.islower()


def _line_of(page: str, line_start: int) -> str:
    line_end = page.find("\n", line_start)
    return page[line_start : len(page) if line_end < 0 else line_end]


def _opens_the_account(source: MeetingDateInput, clause: str, candidate: Candidate) -> bool:
    """The sentence opens with the day ("On Tuesday 12 March", "12 March 2019 saw ...") and then names the
    meeting or the body ("... the National Executive Committee met in London")."""
    if not _OPENS_WITH_DAY.match(clause):
        return False
    sentence_end = source.sentence_end(candidate.start)
    rest = source.page[candidate.end : sentence_end]
    if not (_CUE_AFTER.search(rest) or _PARTICIPANTS_ACT.match(rest)) or _TO_COME.search(rest):
        return False
    # the verb after the day gives the tense, also after a cleft's "It was on": "... that the board will meet"
    link = _CLEFT_LINK.match(rest)
    at = candidate.end + (link.end() if link else 0)
    return tense_around(source.page, at, at, at) != "future"


_CLEFT_LINK = re.compile(r"^\s*,?\s*(?:that|when)\s", re.IGNORECASE)


def _names_body_then_day(before: str) -> bool:
    """A sentence that opens with a body's name and then the day: "Justice and Home Affairs Commission, 12 May
    2021 ..." on a page that runs its lines together."""
    return len(before.split()) <= _WORDS_BEFORE_ON_OWN_LINE and bool(_BODY_THEN_DAY.search(before))


def _opens_minutes(source: MeetingDateInput, candidate: Candidate, line_start: int) -> bool:
    """The body's first line (under a subtitle or two) opens with the day and gives the meeting's hours (not a
    publication dateline), or opens with the day under a minutes title; the minutes' own label may open the line
    ("Minutes – Thursday 12 September 2024")."""
    if source.page[line_start : candidate.start].strip() and not MINUTES_LABEL.fullmatch(
        source.page, line_start, candidate.start
    ):
        return False
    above = [line for line in source.page[source.body_start : line_start].splitlines() if line.strip()]
    if len(above) > _MOST_LINES_ABOVE_MINUTES_DAY or not all(is_heading_like(line) for line in above):
        return False
    if any(names_minutes_or_meeting(line) for line in [source.title or "", *above]):
        return True  # "Minutes of Policy Committee" / "Wednesday, 13 March 2019": minutes are dated by their meeting
    line_end = source.page.find("\n", candidate.end)
    line = source.page[line_start : len(source.page) if line_end < 0 else line_end]
    return bool(MEETING_HOURS.search(line, candidate.end - line_start)) and not is_dateline(line)


def _clause_start(source: MeetingDateInput, offset: int) -> int:
    """Where the sentence holding ``offset`` starts, or the one above it when that runs on into it across a
    line break ("held at the Crown, Northtown,\non Monday 27 February 2023")."""
    start = source.sentence_start(offset)
    before = source.page[source.body_start : start]
    stripped = before.rstrip()
    if stripped and stripped[-1] not in ".!?:" and before[len(stripped) :].count("\n") == 1:
        return max(source.body_start, source.sentence_start(source.body_start + len(stripped) - 1))
    return _after_a_news_dateline(source.page, start, offset)


def _after_a_news_dateline(page: str, start: int, offset: int) -> int:
    """A sentence opening a lede starts after the agency's dateline in front of it ("LEEDS, 14 March 2023 – On 12
    March the executive met ..."): the dateline's day is the day of writing, no part of the sentence."""
    if start and page[start - 1] != "\n":
        return start
    length = news_dateline_length(page, start)
    return start + length if length and start + length <= offset else start


def _one_line(sentence: str) -> str:
    """A sentence a hard-wrapped page broke across lines, read as one line."""
    return sentence.replace("\n", " ")


def _month_tied(source: MeetingDateInput, candidate: Candidate) -> bool:
    """ "met in March", "the March meeting"; not "deferred to the March meeting", nor the month of another event
    the clause names ("the first meeting since conference in September")."""
    sentence_start = _clause_start(source, candidate.start)
    after = source.page[candidate.end : candidate.end + 40]
    before = _one_line(source.page[sentence_start : candidate.start])
    cue = _MONTH_CUE.search(before)
    if not (cue or _NOUN_AFTER_MONTH.match(after)):
        return False
    if cue and names_another_things_day(before):
        return False  # "The executive agreed a ballot in September"
    if cue and _ANOTHER_EVENTS_MONTH.search(before, cue.start()):
        return False  # "the first meeting since conference in September"
    return tense_around(source.page, sentence_start, candidate.start, candidate.end) != "future"
