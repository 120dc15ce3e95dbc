"""An item put to the meeting, told only by how others voted on it: "I was bemused by the left voting against even
harmless rule changes", "The union reps voted for an amendment on fares", "I was puzzled to see the CfS members
vote against changes removing ...". The item was put; its outcome is not told here (unknown, or from a later
sentence).

Not items put: a vote of ours (the meeting's body decides it, read in verb_decisions), the author's own vote ("we
voted against it"), an item already named ("voted against the motion", "against it": the item before), a vote on
no item ("voted for Keir", "voted against the strike").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.motions.clause.parsed_decision import ParsedDecision
from nec_extract.extractors.motions.this_meeting.our_subject import our_subject
from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.models import Outcome

if TYPE_CHECKING:
    from spacy.tokens import Token

    from nec_extract.extractors.motions.sentence.reading import Reading


def voted_on_by_others(reading: Reading) -> list[ParsedDecision]:
    """The items others are told to have voted for or against, each put with its outcome unknown."""
    doc = reading.report.doc(reading.sentence)
    words = decisions_vocabulary().clauses
    found = []
    for vote in (t for t in doc if (t.pos_ == "VERB" and t.lemma_.lower() in words.vote_verbs) or _participle(t)):
        voter = _voter(vote)
        if voter is None or _ours_or_the_authors(voter, reading):
            continue
        sides = [c for c in vote.children if c.dep_ == "prep" and c.lower_ in ("for", "against")]
        found += [ParsedDecision(item, Outcome.UNKNOWN, action=True) for s in sides for item in _new_items(s)]
    return found


def _voter(vote: Token) -> Token | None:
    """Who voted: the verb's subject, or the noun a participle hangs on or has before it ("the left voting
    against ...")."""
    subject = next((c for c in vote.children if c.dep_ == "nsubj"), None)
    if subject is None and vote.dep_ == "acl" and _participle(vote):
        return vote.head
    if subject is None and _participle(vote):  # "by the Grassroots slate voting ...": the parse's compound
        return next((c for c in vote.children if c.dep_ in ("compound", "poss") and c.i < vote.i), None)
    return subject


def _participle(vote: Token) -> bool:
    """ "voting", which the parse may tag a noun when a line break follows it."""
    return vote.lower_ == "voting"


def _ours_or_the_authors(voter: Token, reading: Reading) -> bool:
    words = decisions_vocabulary().motions
    pronouns = (*words.author_pronouns, *words.body_pronouns, *words.meeting_pronouns)
    return voter.lower_ in pronouns or our_subject(voter, reading)


def _new_items(side: Token) -> list[Token]:
    """The items a side names for the first time: an item noun with no determiner pointing back or owner ("rule
    changes", "an amendment on fares"; not "the motion", "this amendment", "Jo's proposal")."""
    items = decisions_vocabulary().clauses.items
    named = [c for c in side.children if c.dep_ == "pobj" and c.lemma_.lower() in items]
    return [
        item.left_edge
        for item in named
        if not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an")) for c in item.children)
    ]
