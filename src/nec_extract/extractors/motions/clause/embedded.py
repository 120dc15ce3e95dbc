"""Decisions of the meeting told inside another clause: in a subordinate clause of time or cause ("Staff walked out
after the executive voted to close the office", "When councillors backed the plan, the gallery applauded"), or as a
noun owned by the body ("Following the GC's decision to suspend the branch, ...", "X won the NEC's endorsement to
stand", "The committee's backing for the fund was unanimous", "The NEC took the decision to ..."), or in a clause
on the item it decided ("the new rules, which were approved by the NEC on Tuesday, ...").

Not decisions: a condition or concession ("if", "although": not narrative subordinators), a decision reversed,
awaited or sought ("overturned the NEC's decision to ...", "awaits the board's approval"), one a modal puts ahead
("the NEC will take the decision to ..."), another body's ("the cabinet's decision" in a report on a branch).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from nec_extract.extractors.motions.this_meeting.clause_background import of_another_time
from nec_extract.extractors.motions.this_meeting.our_subject import surely_ours
from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.models import Outcome

if TYPE_CHECKING:
    from spacy.tokens import Token

    from nec_extract.extractors.motions.sentence.reading import Reading


@dataclass(frozen=True)
class NounDecision:
    words: Token  # where the decision's words start: the infinitive ("to suspend") or the noun's object
    outcome: Outcome
    end: int  # where its words end in the sentence


def narrated_clause(verb: Token) -> bool:
    """A decision verb heading a clause of time or cause, told as part of the story: "after the NEC voted to ...",
    "When councillors backed the plan, ...", "Because the executive approved the budget, ..." (a simple past: "had
    agreed" is background)."""
    if verb.tag_ != "VBD":
        return False
    first = verb
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    words = decisions_vocabulary().clauses
    marks = [c.lower_ for c in first.children if c.dep_ in ("mark", "advmod") and c.i < first.i]
    if not marks or marks[0] not in words.narrative_subordinators:
        return False
    if first.dep_ == "relcl" and marks[0] == "when":  # "There were cheers when delegates rejected ...", as parsed
        return first.head.lemma_.lower() not in words.time_nouns and first.head.head.dep_ == "ROOT"
    return first.dep_ == "advcl" and first.head.dep_ in ("ROOT", "conj")


def item_decided(verb: Token, reading: Reading) -> Outcome | None:
    """A decision of the body told in a clause on the item it decided: "the new rules, which were approved by the NEC
    on Tuesday, ...", "the offer, which the executive endorsed", "The plan, backed by councillors, ..."; the item a
    proposal noun, the verb a decision verb told as done (not "which will be approved", "which had been agreed")."""
    words = decisions_vocabulary().clauses
    item = verb.head
    if (
        verb.dep_ not in ("relcl", "acl")
        or item.lemma_.lower() not in words.items
        or verb.lemma_.lower() not in words.verbs
    ):
        return None
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ not in ("VBD", "VBN") or any(a not in ("was", "were") for a in aux):
        return None
    by = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    relative = any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if relative else None
    who = by[0] if by and (verb.tag_ == "VBN") else subject
    if who is None or not surely_ours(who, reading) or of_another_time(verb, reading):
        return None
    outcome = words.verbs[verb.lemma_.lower()]
    return Outcome.DEFEATED if outcome is Outcome.CARRIED and any(c.dep_ == "neg" for c in verb.children) else outcome


def clause_end(verb: Token) -> int:
    """Where the clause a verb heads ends in its sentence (its last word's end)."""
    last = verb.right_edge
    return last.idx + len(last)


def noun_decisions(reading: Reading) -> list[NounDecision]:
    """The decisions the body's own decision nouns tell: "the GC's decision to suspend the branch", "the decision of
    the NEC to ...", "the NEC's endorsement", "the committee's backing for the fund"."""
    nouns = decisions_vocabulary().clauses.decision_nouns
    found = []
    for noun in reading.report.doc(reading.sentence):
        outcome = nouns.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
        owner = _owner(noun) if outcome is not None else None
        if outcome is None or owner is None or _not_taken_now(noun, reading):
            continue
        if owner.lower_ not in decisions_vocabulary().clauses.meeting_possessives and not surely_ours(owner, reading):
            continue
        if _what_was_decided(noun, owner) is not None:  # not "The group's decision came after a debate": the one told
            found.append(_told(noun, outcome))
    return found


def _owner(noun: Token) -> Token | None:
    """Who the noun says decided: its possessive ("the GC's", "our"), the body as its modifier ("NEC approval"), "of"
    the body ("the decision of the NEC"), or the subject of a light verb that takes it ("The NEC took the decision to
    ...", "Delegates reached a decision")."""
    words = decisions_vocabulary().clauses
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
    # "our approval of the plan", "NEC approval of the timetable": the body as the noun's own pronoun or modifier
    owner = owner or next(
        (
            c
            for c in noun.children
            if (c.dep_ == "poss" and c.lower_ in words.meeting_possessives)
            or (c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN", "ADJ") and c.i == noun.i - 1)
        ),
        None,
    )
    of = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    light = noun.dep_ == "dobj" and noun.head.lemma_.lower() in words.decision_light_verbs
    subject = [c for c in noun.head.children if c.dep_ == "nsubj"] if light and noun.head.tag_ == "VBD" else []
    return owner or next(iter(of), None) or next(iter(subject), None)


def _not_taken_now(noun: Token, reading: Reading) -> bool:
    """A decision reversed, awaited, sought or put ahead by a modal, or dated to another time."""
    words = decisions_vocabulary().clauses
    governor = noun.head
    while governor.dep_ in ("prep", "pobj", "conj") and governor.head is not governor:
        governor = governor.head
    aux = [c.lower_ for c in governor.children if c.dep_ in ("aux", "auxpass")]
    ahead = grammar_vocabulary().decisions.decision_ahead_auxiliaries
    if governor.lemma_.lower() in words.earlier_decision_verbs or any(a in ahead for a in aux):
        return True
    if any(c.dep_ == "neg" for c in governor.children) and governor.pos_ in ("VERB", "AUX"):
        return True  # "did not get the NEC's backing": no decision given
    return of_another_time(noun, reading)


def _what_was_decided(noun: Token, owner: Token) -> Token | None:
    """What the noun says was decided: its infinitive ("decision to suspend"), or the item it is for or of ("backing
    for the fund", "approval of the budget")."""
    taken = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
    on = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "to")]
    items = [o for p in on for o in p.children if o.dep_ in ("pobj", "pcomp") and o.i != owner.i]
    return taken or next(iter(items), None)


def _told(noun: Token, outcome: Outcome) -> NounDecision:
    """The decision's outcome and words: an infinitive's verb may defer or reject ("decision to postpone"), a "not"
    refuses ("decision not to proceed")."""
    taken = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
    if taken is None:
        end = noun.right_edge.idx + len(noun.right_edge)
        return NounDecision(noun, outcome, end)
    verbs = decisions_vocabulary().clauses.verbs
    said = verbs.get(taken.lemma_.lower(), Outcome.CARRIED)
    if any(c.dep_ == "neg" for c in taken.children):
        said = Outcome.DEFEATED if said is Outcome.CARRIED else said
    if outcome is Outcome.CARRIED:
        outcome = said
    return NounDecision(taken, outcome, taken.right_edge.idx + len(taken.right_edge))


def irrealis(clause: Token) -> bool:
    """ "that the levy would rise", "that the play area be refurbished", "that the ward fund the leaflet", "that a
    panel is to be set up": what is to be done, not what is the case."""
    aux = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
    irrealis_aux = grammar_vocabulary().irrealis_auxiliaries
    return any(a in irrealis_aux for a in aux) or (not aux and clause.tag_ == "VB") or _is_to(clause)


def _is_to(clause: Token) -> bool:
    """ "is to be set up", "are to get a vote": "be" with an infinitive is what is planned or ordered."""
    if clause.lemma_.lower() != "be" or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    planned = (c for c in clause.children if c.dep_ == "xcomp")
    return any(any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in planned)


def conjuncts(verb: Token) -> list[Token]:
    """The verb and those coordinated with it, in order ("to open ..., to cap ... and to hold ...")."""
    found = [verb]
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ == "VERB":
            found.extend(conjuncts(child))
    for inner in _inner_infinitives(verb):
        found.extend(c for c in inner.children if c.dep_ == "conj" and _after_comma_and_to(c))
    return sorted(found, key=lambda token: token.i)


def _inner_infinitives(verb: Token) -> list[Token]:
    """Infinitives inside the verb's own object ("to support the campaign to keep the unit open")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return [c for o in objects for c in o.children if c.dep_ == "acl" and c.pos_ == "VERB"]


def _after_comma_and_to(verb: Token) -> bool:
    """ "..., and to fund a coach": the parse hangs it on the infinitive just before, but the comma sets it level with
    the verb whose object that infinitive is in."""
    before = [t.lower_ for t in verb.doc[max(verb.i - 3, 0) : verb.i]]
    return before == [",", "and", "to"]
