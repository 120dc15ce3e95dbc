"""A decision told as the plan it makes or the step that now follows from it, with no outcome word: "We are to hold a
ballot on the new constitution", "The NEC is now to hold an inquiry", "The branch will now affiliate to the trades
council", "Delegates will now send a letter to the MP". The body, named so that it can be no other, is to do what its
decision set, carried.

Not decisions: a plan of someone else ("The leader is to visit"), a step that is no act of the body's choosing
("Members will now be able to vote", "We will now have to fight", "We are to meet again in July", "The NEC will now
consider the report"), a plan of a later time already dated ("is to hold a ballot next year" is a plan still, read by
the caller's time check), a question ("What are we to do?").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.motions.clause.clause_filter import tells_a_decision
from nec_extract.extractors.motions.clause.clause_grammar import marked_to
from nec_extract.extractors.motions.this_meeting.our_subject import surely_ours
from nec_extract.language.lexicon.decisions import decisions_vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token

    from nec_extract.extractors.motions.sentence.reading import Reading


def our_plan(verb: Token, reading: Reading) -> Token | None:
    """The act the meeting's body is to do, told by the main verb; not when the sentence before told a decision, of
    which the plan is the consequence ("The motion to affiliate was carried. The branch will now affiliate ...")."""
    act = planned(verb)
    subject = plan_subject(verb) if act is not None else None
    if act is None or subject is None or not surely_ours(subject, reading) or _just_decided(reading):
        return None
    return act


def _just_decided(reading: Reading) -> bool:
    """The sentence before tells a decision."""
    before = [s for s in reading.report.sentences if s.end <= reading.sentence.start]
    return bool(before) and tells_a_decision(before[-1].text)


def planned(verb: Token) -> Token | None:
    """The act the main verb says the body is to do, or will now do ("hold" in "We are to hold a ballot"), if it is an
    act a decision sets; the caller checks the subject."""
    act = _is_to(verb) or _will_now(verb)
    if (
        act is None
        or act.lemma_.lower() not in _plan_verbs()
        or any(c.dep_ == "neg" for c in (*verb.children, *act.children))
    ):
        return None
    if verb.doc[-1].text == "?" or not any(c.dep_ in ("dobj", "prep", "xcomp", "ccomp") for c in act.children):
        return None
    return act


def plan_subject(verb: Token) -> Token | None:
    """The subject of "is to" or of "will now ..."."""
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _is_to(verb: Token) -> Token | None:
    """ "are to hold": a present "be" with an infinitive."""
    if verb.lemma_.lower() != "be" or verb.tag_ not in ("VBP", "VBZ"):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VB" and marked_to(c)), None)


def _will_now(verb: Token) -> Token | None:
    """ "will now affiliate": the future with "now", the step that follows from the decision."""
    words = decisions_vocabulary().clauses
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    now = [c.lower_ for c in verb.children if c.dep_ == "advmod"]
    if verb.tag_ != "VB" or not set(aux) & set(words.future_aux) or not set(now) & set(words.consequence_adverbs):
        return None
    return verb


def _plan_verbs() -> frozenset[str]:
    """The acts a decision sets: every decision verb, and the plain acts of a body ("hold", "send", "write")."""
    words = decisions_vocabulary().clauses
    lemmas = (*words.verbs, *words.actions, *words.coordinated_actions, *words.change_verbs, *words.plan_verbs)
    return frozenset(lemma.split()[0] for lemma in lemmas)
