"""Whose day it is when a cue word ties a date to the meeting: the clause may name the body and then give the
day of something it spoke of, or of another body's meeting.

- "The executive agreed a ballot running from 4 September", "The NEC discussed preparations for the local
  elections on 5 May": the body's name is the nearest cue before the day, with more than its own verb between;
- "The executive discussed the decisions of the TUC General Council, which met on 8 March": the verb of meeting
  is in a clause on the object of the body's verb;
- "The NEC met to discuss the ballot, which closes on 30 June": a clause on another thing opens between the
  meeting's word and the day;
- "I was elected to the NEC on 1 September 2022", "Jo joined the executive in March": the day a member joined
  or left the body.

Not "The NEC on 14 March", "The executive voted on Tuesday", "The executive unanimously agreed on 14 March", "The
Executive Committee of the union on 3 May",
"The committee, which met on 12 March, ..."."""

from __future__ import annotations

import re

from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary

_WORDS = pages_vocabulary()
_CUE = re.compile(rf"\b(?:{alternation(_WORDS.meeting_cues)})\b", re.IGNORECASE)
_BODY_CUES = frozenset(_WORDS.meeting_cue_bodies)
# the word before the date that the cue reaches: "on", "of", "from", "in"
_LINK_AT_END = re.compile(
    rf"\b(?:{alternation([*_WORDS.meeting_cue_links, *_WORDS.month_cue_links])})\s+(?:the\s+)?$", re.IGNORECASE
)
# "elected to the", "joined our national": a member joining or leaving the body named next
_JOINING = re.compile(
    rf"\b(?:{alternation(_WORDS.joining_a_body)})\s+(?:(?:the|its|our|their)\s+)?(?:[\w'’-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
_ADVERBS = frozenset(_WORDS.adverbs_before_the_bodys_verb)
# the clause opens with the meeting, named, then where it was held, then its day: "MINUTES of the meeting of the
# COMMITTEE held in the Council Chamber, Market Street, Ashcombe on" (the place may name a body: "Council Chamber");
# or, on the line under a minutes title, with where it was held: "held in the Council Chamber, Town Hall on"
_HELD_AT_A_PLACE = re.compile(
    rf"^\W*(?:(?:(?:{alternation(_WORDS.records_of_a_meeting)})\s+of\s+)?(?:the\s+|a\s+|an\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{alternation(_WORDS.meeting_cues)})\b(?:\s+of\s+[^,;:.]*?)?,?\s+)?"
    rf"(?:{alternation(_WORDS.meeting_held_words)})\s+(?:in|at)\s+[^;:.]*$",
    re.IGNORECASE,
)
# "only", "July", "Italy" are no adverbs of manner
_SHORTEST_LY_ADVERB = 5
# a body's name going on after its noun: "the Executive Committee of the union on 3 May"
_NAME_GOES_ON = re.compile(r"^\s*(?:of|for)\b", re.IGNORECASE)
_MOST_WORDS_OF_A_NAME_GOING_ON = 5
# a clause on another thing: "the ballot, which closes on", "the hall where"
_ANOTHER_CLAUSE = re.compile(r"(?:,\s*(?:that|which|who|where)|\b(?:which|who|where))\b", re.IGNORECASE)
# a relative clause opening right before the verb of meeting: "..., which met on", "..., who had met on"
_RELATIVE_RIGHT_BEFORE = re.compile(r",\s*(?:which|who|that)\s+(?:(?:had|has|have)\s+)?(?:last\s+)?$", re.IGNORECASE)
_ACCOUNT_VERB = re.compile(
    rf"\b(?:{alternation([*_WORDS.account_proceedings, *_WORDS.account_decision_verbs])})\b", re.IGNORECASE
)


def names_another_things_day(clause: str) -> bool:
    """``clause`` runs from its start to the date a cue word ties to the meeting; True when the day is of
    another thing the clause names, not of the meeting."""
    link = _LINK_AT_END.search(clause)
    if link is None or _HELD_AT_A_PLACE.match(clause, 0, link.start()):
        return False  # "National Executive Committee, 22 September", "The board met Thursday, March 9"
    cues = list(_CUE.finditer(clause, 0, link.start()))
    if not cues:
        return False
    last = cues[-1]
    gap = clause[last.end() : link.start()]
    if last.group().lower() in _BODY_CUES:
        return _more_than_the_bodys_verb(gap) or bool(_JOINING.search(clause, 0, last.start()))
    return bool(_ANOTHER_CLAUSE.search(gap)) or _in_a_clause_on_the_object(clause[: last.start()])


def _more_than_the_bodys_verb(gap: str) -> bool:
    """ "The executive agreed a ballot running from": an object between; not "The executive voted on", nor "The
    Executive Committee of the union on"."""
    words = [word for word in gap.split() if not _is_an_adverb(word)]
    if len(words) <= 1:
        return False
    return not (_NAME_GOES_ON.match(gap) and len(words) <= _MOST_WORDS_OF_A_NAME_GOING_ON)


def _is_an_adverb(word: str) -> bool:
    """ "unanimously", "then": a word that leaves the verb after it the body's ("The executive unanimously
    agreed on 28 March")."""
    lowered = word.lower()
    return (lowered.endswith("ly") and len(lowered) > _SHORTEST_LY_ADVERB) or lowered in _ADVERBS


def _in_a_clause_on_the_object(before: str) -> bool:
    """ "The executive discussed the decisions of the TUC General Council, which": the relative clause is on the
    object of a verb of the account, not on the sentence's subject ("The committee, which met on ...")."""
    relative = _RELATIVE_RIGHT_BEFORE.search(before)
    return relative is not None and bool(_ACCOUNT_VERB.search(before, 0, relative.start()))
