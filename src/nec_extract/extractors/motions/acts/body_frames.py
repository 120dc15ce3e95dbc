"""A decision the meeting's body tells by the frame of its act rather than by a decision verb, the caller having found
the body as the subject: a direction to someone ("asked the officers to prepare a plan", "tasked the organiser with
drawing up a rota", "told the secretary to book a hall"), money given ("gave £250 to the foodbank"), a call ("called
for a public inquiry into ...", "called on the council to ...").

Not decisions: a verb that directs no one ("wanted the leader to resign", "invited the MP to speak", "allowed
members to vote"), a question ("asked the treasurer about ..."), thanks or a welcome given ("gave its thanks
to ...", "gave a warm welcome"), a call on the meeting's own running ("called for silence", "called for a break").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.motions.clause.clause_grammar import marked_to
from nec_extract.language.lexicon.decisions import decisions_vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token


def framed_act(verb: Token) -> bool:
    """Whether the verb, with the meeting's body as its subject, tells a direction, money given or a call."""
    return _directed(verb) or _money_given(verb) or _called_for(verb)


def _directed(verb: Token) -> bool:
    """ "asked the officers to prepare ...", "tasked the organiser with drawing up ...": someone told what to do; an
    office, staff or a body ("the officers", "the county council"), not a person by name ("urged Ed to take the Tories
    on": members pressing a person, a view). The parse may take the one directed as a clause of its own ("tasked [the
    officer with drawing up ...]")."""
    told = [c for c in verb.children if c.dep_ in ("dobj", "ccomp")]
    return bool(told) and directs(verb, told[0])


def directs(verb: Token, told: Token) -> bool:
    """Whether the verb directs the one told ("asked the officers to prepare", "The officers were asked to prepare",
    "tasked the organiser with drawing up"): an infinitive it takes, or a tasking verb's "with" and a gerund."""
    words = decisions_vocabulary().clauses
    if verb.lemma_.lower() in words.not_directing_verbs or not (told.pos_ == "NOUN" or _an_office(told)):
        return False
    if any(c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB" and marked_to(c) for c in verb.children):
        return True
    withs = [c for t in (verb, told) for c in t.children if c.dep_ == "prep" and c.lower_ == "with"]
    return verb.lemma_.lower() in words.tasking_verbs and any(p.tag_ == "VBG" for w in withs for p in w.children)


def _an_office(noun: Token) -> bool:
    """ "the General Secretary", "the Treasurer": an office written in capitals, no person's name."""
    roles = {role.split()[-1] for role in decisions_vocabulary().motions.election_roles}
    return noun.lower_ in roles


def _money_given(verb: Token) -> bool:
    """ "gave £250 to the foodbank", "has given the branch £300": an amount given."""
    if verb.lemma_.lower() not in decisions_vocabulary().clauses.giving_verbs:
        return False
    given = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return any(t.tag_ == "$" or t.lower_ in ("pounds", "euros") for g in given for t in g.subtree)


def _called_for(verb: Token) -> bool:
    """ "called for a public inquiry", "called on the council to keep it open": the body's call, not one on its own
    running ("called for silence")."""
    if verb.lemma_.lower() != "call":
        return False
    words = decisions_vocabulary().clauses
    running = (*words.procedure_nouns, *words.time_nouns, *words.running_calls)
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ == "for" and any(o.lemma_.lower() not in running for o in objects):
            return True
        if prep.lower_ in ("on", "upon") and any(t.tag_ == "VB" and marked_to(t) for t in verb.subtree):
            return True
    return False
