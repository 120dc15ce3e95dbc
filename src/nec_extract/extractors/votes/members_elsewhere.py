"""Members of the union or party voting outside the meeting, not the meeting deciding (SPEC: Motions, decisions of
other bodies; Votes, tallies of other meetings or bodies, and percentages are no tallies):

- members placed at a workplace, in a sector or an area: "Members at the Camden depot voted 120 to 14 for action",
  "members in sixteen councils voted for action". "Members" names the meeting only where nothing places them
  elsewhere ("members at the meeting", "members present"). Read from the words before a tally (for the votes) and
  from the parse's subject (for the motions);
- bare "members" whose result is given in percentages: "the pay offer, which members rejected by 62% to 38%", a
  ballot's share, which no show of hands at a meeting gives."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from nec_extract.language.lexicon.decisions import decisions_vocabulary, either

if TYPE_CHECKING:
    from spacy.tokens import Token

_FLAGS = re.IGNORECASE
_PERCENT = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|per\s*cent\b|percent\b)", _FLAGS)
_CLAUSE_END = re.compile(r"[;.!?](?:\s|$)")
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+$", _FLAGS)
_WORD_AFTER = re.compile(r"\s*(?:-\s*)?([a-z]+)", _FLAGS)
_BARE_MEMBERS = re.compile(r"(?:the\s+|our\s+)?members", _FLAGS)


def members_polled(subject: str, after: str) -> bool:
    """Whether bare "members" decide with a result in percentages in the rest of their clause ("which members
    rejected in the consultation by 62% to 38%", "members voted 89% for action")."""
    return _BARE_MEMBERS.fullmatch(subject.strip()) is not None and _result_in_percent(after)


def _result_in_percent(after: str) -> bool:
    """A share in percentages before the clause ends: a ballot's result, no show of hands at a meeting. A figure
    the item itself gives ("approved a 5 per cent rise", "the 3% increase") is no share of a vote, unless its noun
    is one a result takes ("by a 62% majority")."""
    end = _CLAUSE_END.search(after)
    clause = after[: end.start() if end else len(after)]
    return any(not _figure_of_the_item(match) for match in _PERCENT.finditer(clause))


def _figure_of_the_item(percent: re.Match[str]) -> bool:
    """ "a 5 per cent rise", "the 3% increase": a determiner makes the percentage describe the noun after it."""
    before = percent.string[: percent.start()]
    if _DETERMINER_BEFORE.search(before) is None:
        return False
    noun = _WORD_AFTER.match(percent.string, percent.end())
    return noun is None or noun.group(1).lower() not in decisions_vocabulary().motions.percent_result_nouns


def members_placed_elsewhere(subject: Token) -> bool:
    """Whether the parse's subject is members placed at a workplace, a sector or an area ("members at the Camden
    depot", "members in sixteen councils", "members across the NHS"), or whose verb gives its result in percentages;
    not "members at the meeting", "members in attendance"."""
    if subject.lemma_.lower() != "member":
        return False
    verb = subject.head
    after = subject.doc.text[verb.idx : verb.sent.end_char] if verb is not subject else ""
    if _result_in_percent(after):
        return True
    words = decisions_vocabulary()
    gathered = (*words.motions.members_gathered, *words.clauses.bodies)
    places = [c for c in subject.children if c.dep_ == "prep" and c.lower_ in words.motions.members_placed_by]
    objects = [o for p in places for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() not in gathered for o in objects)


_MEMBERS_BEFORE = re.compile(r"\b(?:the\s+|our\s+)?members\s+(?:\w+ly\s+)?$", _FLAGS)


def polled_result(text: str, at: int) -> bool:
    """Whether the result phrase at this offset is bare "members" voting with a result in percentages ("which
    members rejected by 62% to 38%"): the members' ballot, no result of the meeting."""
    subject = _MEMBERS_BEFORE.search(text, 0, at)
    return subject is not None and _result_in_percent(text[at:])


def members_voted_elsewhere(before: str) -> bool:
    """Whether the clause before a tally has members placed elsewhere voting ("members at the depot voted")."""
    return _placed_members_voting().search(before) is not None


@cache
def _placed_members_voting() -> re.Pattern[str]:
    v = decisions_vocabulary()
    placed = either(v.motions.members_placed_by)
    gathered = either(v.motions.members_gathered)
    # "... new members in rural areas and the SEC voted it down 12-16": a body of the meeting after "and" is a new
    # subject with its own verb, so neither the gap before the members' verb nor the words after it reach over it
    new_subject = rf"\s(?:and|but|so)\s+(?:the\s+|our\s+)?(?:{either(v.clauses.bodies)})\s+(?:\w+ly\s+)?[a-z]+ed\b"
    # the members' verb in the past: "voted", "backed", "rejected"
    return re.compile(
        rf"\bmembers\s+(?:{placed})\s+(?!(?:the\s+)?(?:{gathered})\b)(?:(?!{new_subject})[^,;.:]){{1,60}}?"
        rf"\s+[a-z]+ed\b(?:(?!{new_subject})[^,;.:])*$",
        re.IGNORECASE,
    )
