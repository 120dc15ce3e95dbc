"""A stance the meeting held, told with "to be" ("Members were in favour of holding a social", "Delegates were
unanimous in backing the proposal", "The committee was against the plan") or by its strength ("Support for the
motion was overwhelming", "Opposition to the merger was unanimous"): the item carried, or defeated.

Not decisions: a stance of someone else ("The chair was in favour of ..."), one of another time ("had been"), a
strength not said to carry ("Support for the motion was mixed").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from nec_extract.extractors.motions.acts.in_favour import favoured_item
from nec_extract.extractors.motions.this_meeting.our_subject import surely_ours
from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.models import Outcome

if TYPE_CHECKING:
    from spacy.tokens import Token

    from nec_extract.extractors.motions.sentence.reading import Reading


@dataclass(frozen=True)
class Stance:
    words: Token  # where the item's words start
    outcome: Outcome


def stance_held(verb: Token, reading: Reading) -> list[Stance]:
    """The stance a past "to be" tells, of the meeting's body or by its strength."""
    if verb.lemma_.lower() != "be" or verb.tag_ != "VBD" or any(c.dep_ == "neg" for c in verb.children):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    if subject.lemma_.lower() in decisions_vocabulary().clauses.stance_nouns:
        return _by_strength(verb, subject)
    if not surely_ours(subject, reading):
        return []
    return _in_favour(verb) or _unanimous_in(verb) or _against(verb)


def _in_favour(verb: Token) -> list[Stance]:
    """ "Members were in favour of holding a social", "The meeting was overwhelmingly in favour of the motion"."""
    item = favoured_item(verb)
    return [Stance(item, Outcome.CARRIED)] if item is not None else []


def _unanimous_in(verb: Token) -> list[Stance]:
    """ "were unanimous in backing the proposal", "was unanimous in its opposition to the plan"."""
    words = decisions_vocabulary().clauses
    held = [c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in words.stance_strengths]
    # "in" under the adjective, or (as the parse often has it) under the verb
    ins = [p for a in (*held, verb) for p in a.children if p.dep_ == "prep" and p.lower_ == "in" and held]
    for taken in (c for p in ins for c in p.children if c.dep_ in ("pcomp", "pobj")):
        outcome = words.verbs.get(taken.lemma_.lower()) or words.stance_nouns.get(taken.lemma_.lower())
        if outcome is not None:
            return [Stance(taken, outcome)]
    return []


def _against(verb: Token) -> list[Stance]:
    """ "The committee was against the plan", "Delegates were against holding a ballot"."""
    words = decisions_vocabulary().clauses
    against = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in words.against_words]
    items = [c for p in against for c in p.children if c.dep_ == "pcomp" or c.lemma_.lower() in words.items]
    return [Stance(items[0], Outcome.DEFEATED)] if items else []


def _by_strength(verb: Token, stance: Token) -> list[Stance]:
    """ "Support for the motion was overwhelming": a stance on an item, as strong as carries it."""
    words = decisions_vocabulary().clauses
    strong = any(c.dep_ == "acomp" and c.lemma_.lower() in words.stance_strengths for c in verb.children)
    on = [c for c in stance.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "of")]
    items = [o for p in on for o in p.children if o.dep_ == "pcomp" or o.lemma_.lower() in words.items]
    return [Stance(stance, words.stance_nouns[stance.lemma_.lower()])] if strong and items else []


def against_an_item(verb: Token) -> bool:
    """ "decided against a special conference", "resolved against holding a ballot": the item chosen against."""
    against = decisions_vocabulary().clauses.against_words
    return any(
        c.dep_ == "prep" and c.lower_ in against and any(o.dep_ in ("pobj", "pcomp") for o in c.children)
        for c in verb.children
    )


def with_an_item(prep: Token) -> bool:
    """ "with the recommendation", "with the officers' proposals": agreeing with an item is taking it, not with a
    speaker or a view."""
    words = decisions_vocabulary().clauses
    return prep.lower_ in words.item_prepositions and any(
        c.dep_ == "pobj" and c.lemma_.lower() in words.items for c in prep.children
    )


def refusal_given(verb: Token) -> bool:
    """ "gave the thumbs down to the merger", "gave short shrift to the proposal": a no said by a verb, its object
    (with its adjective or particle) and the item it is given to."""
    words = decisions_vocabulary().clauses
    idioms = words.refusal_idioms.get(verb.lemma_.lower(), ())
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    for said in (c for c in verb.children if c.dep_ == "dobj"):
        described = [c.lower_ for c in said.children if c.dep_ in ("amod", "compound")]
        if " ".join((*described, said.lower_, *particles)) in idioms:
            return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children)
    return False
