"""Whether a verb is a speech or act verb at this meeting, and which verbs share its subject."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from nec_extract.extractors.speakers.occasion import at_this_meeting
from nec_extract.extractors.speakers.tokens import objects_of, word_in
from nec_extract.extractors.speakers.vocabulary import vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token


def subject_acts(verb: Token) -> bool:
    if not at_this_meeting(verb):
        return False
    return any(is_act(v) and at_this_meeting(v) for v in _sharing_subject(verb))


def misread_main_verb(child: Token) -> bool:
    """ "Its mover, Ffion Gwyn, called for ...": a finite past verb the parser hung on the name as a
    modifier is the name's own verb."""
    return child.dep_ == "acl" and child.tag_ == "VBD" and subject_acts(child)


def _sharing_subject(verb: Token) -> Iterator[Token]:
    """The verb and the verbs that take its subject: "moved and seconded", "took her seat and said",
    "opened by praising", "rose to speak"."""
    vocab = vocabulary()
    yield verb
    for child in verb.children:
        if _takes_subject_of(verb, child):
            yield from _sharing_subject(child)
        elif child.dep_ == "prep" and child.lower_ in vocab.gerund_preps:
            for gerund in child.children:
                if gerund.dep_ == "pcomp" and gerund.tag_ == "VBG":
                    yield from _sharing_subject(gerund)


def _takes_subject_of(verb: Token, child: Token) -> bool:
    if child.dep_ == "conj":
        return child.pos_ in ("VERB", "AUX") and not _own_subject(child)
    if child.dep_ == "xcomp":
        return verb.lemma_ in vocabulary().lead_in_verbs
    return child.dep_ == "advcl" and child.tag_ == "VBG" and not _own_subject(child)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def is_act(verb: Token) -> bool:
    """A speech or act verb, a light verb with a speech noun ("gave a report", "paid tribute"), an
    opening verb ("opened the meeting"), "was in the chair" or "joined us"."""
    vocab = vocabulary()
    lemma = verb.lemma_.casefold()
    objects = objects_of(verb)
    if lemma in vocab.speech_verbs and _speech_verb_fits(verb, lemma, objects):
        return True
    if lemma in vocab.light_verbs and any(word_in(o, vocab.speech_nouns) for o in objects):
        return True
    if lemma in vocab.opening_verbs and (
        not objects or any(word_in(o, vocab.meeting_nouns | vocab.speech_nouns) for o in objects)
    ):
        return True
    if lemma == "be":
        return any(
            c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ == "chair" for p in c.children)
            for c in verb.children
        )
    if lemma == "join":
        return any(o.lower_ in vocab.join_objects for o in objects)
    if lemma in vocab.walkthrough_verbs:  # "took the NEC through the plan"
        return any(c.dep_ == "prep" and c.lower_ == "through" for c in verb.children)
    return False


def _speech_verb_fits(verb: Token, lemma: str, objects: list[Token]) -> bool:
    vocab = vocabulary()
    particles = vocab.particle_verbs.get(lemma)
    if particles is not None:
        attached = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod")}
        if not attached & particles:
            return False
    if lemma in vocab.transitive_only:
        has_object = any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) or verb.dep_ == "relcl"
        if not has_object:
            return False
    if lemma == "move":
        return not any(c.lower_ in vocab.locomotion_preps for c in verb.children if c.dep_ in ("prep", "advmod"))
    if lemma in vocab.stance_verbs:
        return verb.tag_ == "VBD"  # "supported the motion" at the meeting; "still supports" is a standing view
    return True
