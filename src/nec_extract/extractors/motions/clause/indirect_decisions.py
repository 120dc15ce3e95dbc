"""Decisions a main verb tells in other ways than the body's own decision verb: the item decided in the passive ("The
application for a drive-through was refused"), an amendment by what it did to the motion ("An amendment removed the
call for a referendum"), a change seen done ("The amendment saw the reference deleted"), agreement won ("I secured
agreement to publish the minutes"), the plan the decision set ("We are to hold a ballot") and a thing made anew ("A
working party was set up"), an act done in the passive ("The fee was raised")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.motions.acts.done_in_the_passive import done_in_the_passive
from nec_extract.extractors.motions.acts.plans import our_plan
from nec_extract.extractors.motions.acts.proposals import created_anew, made_in_the_passive
from nec_extract.extractors.motions.acts.seen_done import seen_done
from nec_extract.extractors.motions.acts.won_agreement import agreement_won
from nec_extract.extractors.motions.clause.clause_grammar import lemma_of, negated, own_subject, passive_item
from nec_extract.extractors.motions.clause.embedded import clause_end
from nec_extract.extractors.motions.clause.parsed_decision import ParsedDecision
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.extractors.motions.this_meeting.clause_background import background, earlier
from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.models import MotionKind, Outcome

if TYPE_CHECKING:
    from spacy.tokens import Token


def told_otherwise(verb: Token, reading: Reading) -> list[ParsedDecision]:
    """The decisions a main verb tells without the body deciding in its own words, the first form that reads one."""
    return (
        _passive_decision(verb)
        or _amendment_effect(verb)
        or _seen(verb)
        or _won(verb)
        or _planned(verb, reading)
        or ([ParsedDecision(verb, Outcome.CARRIED)] if _made_anew(verb) else [])
        or (
            [ParsedDecision(verb, Outcome.CARRIED, kind=MotionKind.OTHER)]
            if done_in_the_passive(verb, reading.body)
            else []
        )
    )


def _done(verb: Token, reading: Reading) -> list[ParsedDecision]:
    """ "A message of solidarity was sent to the strikers", "Strike action was sanctioned by the EC"."""
    return (
        [ParsedDecision(verb, Outcome.CARRIED, kind=MotionKind.OTHER)]
        if done_in_the_passive(verb, reading.body)
        else []
    )


def _passive_decision(verb: Token) -> list[ParsedDecision]:
    """ "The application for a drive-through was refused", "The appointment of Jo Reid was confirmed": an item
    as the subject of a decision verb in the passive."""
    words = decisions_vocabulary().clauses
    carrier = _after_a_discussion(verb) or verb  # "The code was discussed and then adopted": "was discussed"
    subject = passive_item(carrier)
    outcome = words.verbs.get(lemma_of(verb))
    if outcome is None and not any(c.dep_ == "agent" for c in verb.children):  # not "granted by the regional office"
        outcome = words.passive_verbs.get(lemma_of(verb))  # "The request was granted"
    ordinals = decisions_vocabulary().motions.ordinals
    if subject is None or outcome is None or subject.lemma_.lower() not in (*words.items, *ordinals):
        return []  # "The application ... was refused", "A fourth, which ..., was rejected" (of items counted)
    if any(c.dep_ in ("xcomp", "oprd", "acomp", "ccomp") and c.i > verb.i for c in verb.children):
        return []  # "The motion was declared lost": a result the outcome phrases read
    aux = [c.lower_ for c in carrier.children if c.dep_ in ("aux", "auxpass")]
    if any(a in words.background_aux for a in aux) or not set(aux) & {"was", "were", "been"} or earlier(verb):
        return []
    if negated(verb):
        return [ParsedDecision(carrier, Outcome.DEFEATED)] if outcome is Outcome.CARRIED else []
    return [ParsedDecision(carrier, outcome)]


def _after_a_discussion(verb: Token) -> Token | None:
    """ "The code was discussed and then adopted": the passive participle of a verb of discussing that a decision
    verb with no subject of its own is coordinated with; its subject and "was" are the decision verb's too."""
    head = verb.head
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    discussing = decisions_vocabulary().clauses.discussing_verbs
    return head if head.lemma_.lower() in discussing and passive_item(head) is not None else None


def _amendment_effect(verb: Token) -> list[ParsedDecision]:
    """ "An amendment from Eastside ward removed the call for a referendum": an amendment told by what it did to the
    motion was carried."""
    words = decisions_vocabulary()
    subject = own_subject(verb)
    if subject is None or subject.lower_ not in words.motions.nouns.amendment.words or verb.tag_ != "VBD":
        return []
    if verb.lemma_.lower() not in words.clauses.effect_verbs or background(verb) or negated(verb):
        return []
    return [ParsedDecision(verb, Outcome.CARRIED, action=True, kind=MotionKind.AMENDMENT)]


def _seen(verb: Token) -> list[ParsedDecision]:
    """ "Amendments from the floor saw the right to vote retained": each change seen done."""
    seen = [] if background(verb) else seen_done(verb)
    return [ParsedDecision(changed, outcome, action=True, until=clause_end(done)) for changed, done, outcome in seen]


def _won(verb: Token) -> list[ParsedDecision]:
    """ "I secured agreement to publish the minutes": the decision won, carried."""
    won = None if background(verb) else agreement_won(verb)
    return [ParsedDecision(won, Outcome.CARRIED, action=True)] if won is not None else []


def _planned(verb: Token, reading: Reading) -> list[ParsedDecision]:
    """ "We are to hold a ballot", "The branch will now affiliate to ...": the act the body's decision set."""
    act = our_plan(verb, reading)
    return [ParsedDecision(act, Outcome.CARRIED, action=True)] if act is not None else []


def _made_anew(verb: Token) -> bool:
    """ "A working party was set up to ...", "Appointments were made to all the committees"."""
    return (created_anew(verb) or made_in_the_passive(verb)) and not earlier(verb)
