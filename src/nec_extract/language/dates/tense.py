"""The tense a mention's clause gives it ("will meet in May", "since January"): which side of the meeting a
date without a year lies."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.calendar import MONTH_RE
from nec_extract.language.clauses import clauses
from nec_extract.language.dates.years import Tense
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.dates import dates_vocabulary

# a line break inside a sentence of a hard-wrapped page (not after its end, nor a blank line)
_WRAPPED_BREAK = re.compile(r"(?<=[^\s.!?:;])\n(?=[^\S\n]*[^\s])")
# how far back the tense of a mention is looked for (a clause is shorter than this)
CLAUSE_WINDOW = 300
_LOOK_AHEAD = 200


def tense_around(page: str, sentence_start: int, start: int, end: int) -> Tense | None:
    """The tense of the clause holding ``page[start:end]``: the cue before it nearest it, else the first
    after it ("an election in September would ...")."""
    clause_start = max(_wrapped_sentence_start(page, sentence_start), start - CLAUSE_WINDOW)
    # the tense of one clause says nothing of the next, nor of a subordinate one
    joined = _WRAPPED_BREAK.sub(" ", page[clause_start:start])
    before = joined[clauses("tense_before").start_of(joined, len(joined)) :]
    if _DECIDED_IN.search(before):
        # "the code agreed in March is now in force": what the participle says was decided lies behind
        return "past"
    cues = [cue for cue in _cue_pattern().finditer(before) if not _bound_to_another_date(cue, before)]
    if cues:
        return _cue_tense(cues[-1])
    if _is_a_date_ahead(before):
        return "future"
    if _in_the_past_perfect(before):
        return "past"
    if _DECIDED_ON.search(before):
        # "voted on Tuesday to suspend him until ...": the day of the meeting's own decision, whose tense is not
        # that of what it decided on
        return None
    after = _WRAPPED_BREAK.sub(" ", page[end : end + _LOOK_AHEAD])
    clause_end = clauses("tense_after").end_of(after, 0)
    cue = _cue_pattern().search(after, 0, clause_end)
    if cue is None:
        return None
    # "Tuesday's meeting agreed to ballot members": the day of the decision, not of what it decided on
    return "past" if cue.group().lower() in _decisions_to_act() else _cue_tense(cue)


_DECIDED_ON = re.compile(
    rf"(?<!\w)(?:{alternation(dates_vocabulary().decision_verbs_before_day)})\s+(?:on\s+)?$", re.IGNORECASE
)


# not "will be agreed in March", "to be adopted in May"
_DECIDED_IN = re.compile(
    rf"(?<!\bbe )(?<!\bbeing )(?<!\w)(?:{alternation(dates_vocabulary().decided_things_before_in)})\s+in\s+$",
    re.IGNORECASE,
)
_MOVED_TO = re.compile(
    rf"(?<!\w)(?:{alternation(dates_vocabulary().moves_before_a_date)})\s+(?:the\s+)?$", re.IGNORECASE
)
_DEADLINE = re.compile(
    rf"(?<!\w)(?:{alternation(dates_vocabulary().deadline_words_before_a_date)})\s+(?:the\s+)?$", re.IGNORECASE
)
# the past perfect, not of what did not happen ("had not been called for 2 May") nor of a duty ("had to")
_PAST_PERFECT = re.compile(r"\bhad\b(?!\s+(?:not|never|to)\b)", re.IGNORECASE)
_FOR_A_DATE = re.compile(r"\bfor\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# a word that opens another clause, whose tense the past perfect before it does not give
_SUBORDINATOR = re.compile(r"\b(?:before|after|when|until|once|that|which|who|while|if|as)\b", re.IGNORECASE)


def _in_the_past_perfect(before: str) -> bool:
    """ "had cut its staff from 400 in April": what had happened by the meeting lies behind it; not a date in a
    clause of its own after it ("there had been no time before nominations close on 7 June"), nor a date
    something had been meant or ready for ("had been ready for a May election")."""
    found = next(reversed(list(_PAST_PERFECT.finditer(before))), None)
    if found is None or _SUBORDINATOR.search(before, found.end()):
        return False
    return not _FOR_A_DATE.search(before, found.end())


# a clause that tells of the past: "had reached 500 by 30 June", "who was a member by 20 January"
_PAST_AUXILIARY = re.compile(r"\b(?:had|was|were)\b|['’]d\b", re.IGNORECASE)


def _bound_to_another_date(cue: re.Match[str], before: str) -> bool:
    """ "in place since 11 November, was extended to 31 March": "since" gives the tense of its own date, not of
    a later one in the sentence."""
    return cue.group().lower() in _BOUND_CUES and bool(_A_DATE.search(before, cue.end()))


_BOUND_CUES = frozenset(dates_vocabulary().cues_bound_to_their_date)
_A_DATE = re.compile(rf"\d|\b{MONTH_RE}(?!\w)")


def _is_a_date_ahead(before: str) -> bool:
    """ "the stall has moved to Saturday": the day something is moved to lies ahead; so does a deadline ("training
    in every branch by 30 June"), but not one that opens its clause ("By 30 June, ...") nor one in a clause that
    tells of the past."""
    if _MOVED_TO.search(before):
        return True
    found = _DEADLINE.search(before)
    if found is None or not before[: found.start()].strip(" \t\n-•*,;:("):
        return False
    return _PAST_AUXILIARY.search(before) is None


def _wrapped_sentence_start(page: str, sentence_start: int) -> int:
    """A sentence cut at a hard-wrapped line break ("will be held in\nLiverpool from 8 to 11 October") starts
    with the line above it, when that line ends mid-sentence (on a word in lower case or a comma)."""
    line_end = page.rfind("\n", 0, sentence_start)
    if line_end <= 0 or page[line_end + 1 : sentence_start].strip():
        return sentence_start
    above = page[page.rfind("\n", 0, line_end) + 1 : line_end].rstrip()
    if not above or not (above[-1].islower() or above[-1] == ","):  # a heading above ends otherwise
        return sentence_start
    return line_end - len(above)


def _cue_tense(cue: re.Match[str]) -> Tense:
    return "future" if cue.lastgroup == "future" else "past"


@cache
def _decisions_to_act() -> frozenset[str]:
    return frozenset(dates_vocabulary().decisions_to_act)


@cache
def _cue_pattern() -> re.Pattern[str]:
    vocabulary = dates_vocabulary()
    future, past = alternation(vocabulary.future_cues), alternation(vocabulary.past_cues)
    return re.compile(rf"(?<!\w)(?:(?P<future>{future})|(?P<past>{past}))(?!\w)", re.IGNORECASE)
