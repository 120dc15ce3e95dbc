"""A decision or tally told of another time than the meeting: a date of its own clause that the report resolves to
before the meeting ("Back in 2019 the NEC voted 24-6", "The NEC approved the scheme in January" in a March report,
"BAME Labour's committee voted 11-3 last month") - not a date the decision plans for ("agreed to hold it in
July"), nor a range the item covers, nor a date that names a thing ("the minutes of 3 May were agreed").

The dates are the report's own mentions, found and resolved once by the date engine with the tense of their
clause (SPEC: Dates); the votes and the motions extractors ask this one predicate (SPEC: Votes, "a vote last year").
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from functools import cache

from nec_extract.extractors.dates import resolved_dates
from nec_extract.language.calendar import WEEKDAY_RE
from nec_extract.language.clauses import clauses
from nec_extract.language.dates import Candidate, DateValue
from nec_extract.language.dates.values import at_precision
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.text import Sentence
from nec_extract.page.context import ReportContext

# "Back in 2019 ...", "At conference in 2019, ...": an opening time phrase holds at most this many other words
_LEAD_IN_WORDS = 10  # "A reminder of what happened at last month's full council:"
_OPENING_WORDS = 5


def told_of_another_time(report: ReportContext, sentence: Sentence, start: int, end: int) -> bool:
    """Whether ``sentence.text[start:end]`` (a decision's verb or outcome word, or a tally) is dated by its own
    clause to before the meeting."""
    dated = _in_sentence(resolved_dates(report), sentence)
    if not dated:
        return False  # most sentences name no date: no need to find the clause
    text = sentence.text
    lo, hi = clauses("another_time").around(text, start, end)
    for candidate, value in dated:
        at, to = candidate.start - sentence.start, candidate.end - sentence.start
        if not _before(text, at, value, report.meeting_day) or compared_before(text, at) or _value_set(text, at):
            continue  # "a larger deficit than last year": a date compared with; "set at 12 January": the value set
        if _placed(text, (at, to), (start, end), (lo, hi)) and _tied(text, at, end):
            return True
    return False


def _before(text: str, at: int, value: DateValue, meeting: date | None) -> bool:
    """A single date (no range) whose period ends before the meeting's day; "last year", "the previous month" say
    so themselves when the meeting has no date."""
    if value.start is None or meeting is None:
        return bool(_past_words().match(text, at))
    if value.end is not None or value.precision is None:
        return False
    meeting_period = at_precision(meeting, value.precision).start
    return meeting_period is not None and value.start < meeting_period


def _in_sentence(dated: list[tuple[Candidate, DateValue]], sentence: Sentence) -> list[tuple[Candidate, DateValue]]:
    first = bisect.bisect_left(dated, sentence.start, key=lambda item: item[0].start)
    last = bisect.bisect_left(dated, sentence.end, key=lambda item: item[0].start)
    return dated[first:last]


def _placed(text: str, date: tuple[int, int], act: tuple[int, int], clause: tuple[int, int]) -> bool:
    """A date before the act opens its clause, or the sentence as a phrase of its own ("Back in 2019 the NEC voted
    ...", "At its March meeting, the NEC agreed ..."; not "the minutes of the meeting held on 3 May were agreed");
    a date after the act is in its clause."""
    (at, to), (lo, hi) = date, clause
    if at >= act[0]:
        return to <= hi
    closing = fronted_consequence_end(text, at, to)
    if closing is not None and closing < act[0]:
        return False  # "Following the motion carried at last year's conference, the NEC set up ..."
    if _lead_in(text, to, act[0]) or _WHEN_AFTER_THE_DATE.match(text[to : act[0]]):
        return True  # "The SEC last changed its rules in 2019, when it voted 18-14 to scrap them"
    if at >= lo:
        return _words(text[lo:at]) <= _OPENING_WORDS and not _between().search(text, lo, at)
    first_end = clauses("another_time").end_of(text, to)
    opening = clauses("another_time").start_of(text, at) == 0 and first_end <= lo
    return (
        opening
        and _words(text[:at] + " " + text[to:first_end]) <= _OPENING_WORDS
        and not _between().search(text, 0, at)
    )


def _value_set(text: str, at: int) -> bool:
    """ "The freeze date was set at 12 January", "fixed the cut-off as 1 March": the date is the value a setting verb
    gives its object, not when anything was done."""
    return bool(_value_setting().search(text, 0, at))


@cache
def _value_setting() -> re.Pattern[str]:
    v = decisions_vocabulary()
    forms = either(v.another_time.value_setting_forms)
    prepositions = either(v.clauses.setting_prepositions)
    return re.compile(rf"\b(?:{forms})\b[^.;:,]{{0,60}}?\s(?:{prepositions})\s+$", re.IGNORECASE)


def compared_before(text: str, at: int) -> bool:
    """ "a larger deficit than last year", "up on 2022": the time at ``at`` is one compared with, not when anything
    was done."""
    return bool(_compared().search(text, 0, at))


@cache
def _compared() -> re.Pattern[str]:
    """A comparison right before a date ("than last year", "compared with 2023"): the date is what the thing is
    measured against, not when the act was done."""
    words = either(decisions_vocabulary().another_time.comparison_words)
    return re.compile(rf"\b(?:{words})\s+(?:(?:in|at|on)\s+)?$", re.IGNORECASE)


# the date, then a clause of time whose verb is the act: "in 2019, when it voted 18-14"
_WHEN_AFTER_THE_DATE = re.compile(r"\s*,?\s*when\s+[^.;,]*$", re.IGNORECASE)


def fronted_consequence_end(text: str, start: int, end: int) -> int | None:
    """Where the fronted phrase holding ``text[start:end]`` closes, when the sentence opens with a phrase naming what
    the meeting now acts on ("Following the motion carried at last year's conference, the NEC set up ...", "In line
    with the motion carried at conference in 2024, the executive agreed ..."): the comma that ends it; else None.
    What such a phrase names (its date, its result) is another time's; the main clause after it is the meeting's."""
    if not _consequence_phrase().match(text, 0, start):
        return None
    closing = _PHRASE_GOES_ON.match(text, end)
    return closing.end() - 1 if closing else None


# the rest of a fronted phrase after what it holds, up to its closing comma
_PHRASE_GOES_ON = re.compile(r"[^,;.]{0,60},")


@cache
def _consequence_phrase() -> re.Pattern[str]:
    """A phrase opening the sentence with what the meeting acts on, no comma yet: "Following the motion carried at "."""
    openers = either(decisions_vocabulary().another_time.consequence_openers)
    return re.compile(rf"\W*(?:{openers})\b[^,;.]*$", re.IGNORECASE)


def _lead_in(text: str, date_end: int, act: int) -> bool:
    """The date sits in a short heading-like phrase that opens the sentence and ends in a colon before the act:
    "Looking back at February's full council: the motion on buses was lost", "From the regional council in May: ..."."""
    colon = text.find(":", date_end, act)
    return colon >= 0 and ":" not in text[:date_end] and _words(text[:colon]) <= _LEAD_IN_WORDS


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _tied(text: str, at: int, act_end: int) -> bool:
    """A date the act is done at ("in January", "at its March meeting", "last month"), with no plan or noun it
    names between the act and a date after it ("agreed to hold it in July", "agreed the minutes of the meeting
    held on 3 May")."""
    if not (_link().search(text, 0, at) or _self_linked().match(text, at) or _OPENING_THE.fullmatch(text, 0, at)):
        return False  # "the minutes of 3 May", "the accounts for 2022": a date that names a thing
    return at < act_end or not _between().search(text, act_end, at)


# "The 2023 conference carried it 12 to 3": a date that opens the sentence's subject dates the body acting
_OPENING_THE = re.compile(r"\W*the\s+", re.IGNORECASE)


@cache
def _link() -> re.Pattern[str]:
    links = either(decisions_vocabulary().another_time.links)
    return re.compile(rf"\b(?:{links})\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)


# a mention before any meeting by its words: "last month", "the previous year"; not "last night", "last Thursday",
# which a news report's lede says of the meeting itself, as it says "yesterday"
_PAST_WORDS = rf"last(?!\s+(?:night|{WEEKDAY_RE})\b)|the\s+previous"


@cache
def _self_linked() -> re.Pattern[str]:
    """A mention that says its own tie to the act: the past words, or "yesterday"."""
    return re.compile(rf"(?:{_PAST_WORDS}|yesterday)\b", re.IGNORECASE)


@cache
def _past_words() -> re.Pattern[str]:
    return re.compile(rf"(?:{_PAST_WORDS})\b", re.IGNORECASE)


@cache
def _between() -> re.Pattern[str]:
    words = decisions_vocabulary().another_time
    return re.compile(rf"\b(?:{either(words.plan_words, words.naming_words)})\b", re.IGNORECASE)
