"""The clause slot a mention fills (climbing coordination and apposition) and whether it speaks from there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.speakers.acts import misread_main_verb, subject_acts
from nec_extract.extractors.speakers.chunks import Chunk
from nec_extract.extractors.speakers.occasion import at_this_meeting
from nec_extract.extractors.speakers.sources import is_report_heading, object_of_preposition_acts, possessor_acts
from nec_extract.extractors.speakers.tokens import NOMINAL
from nec_extract.extractors.speakers.vocabulary import vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token


def anchor_of(chunk: Chunk) -> Token:
    """The chunk's token whose head lies outside it; when the parser splits a name ("Shabana" hung on
    another name, "Mahmood" the subject), the one that is not a mere modifier."""
    inside = {t.i for t in chunk.tokens}
    outward = [t for t in chunk.tokens if t.head.i not in inside or t.head.i == t.i]
    for token in outward:
        if token.dep_ not in ("compound", "conj", "cc", "punct", "nmod", "amod"):
            return token
    return outward[0] if outward else chunk.tokens[-1]


def slot_of(token: Token, owner: dict[int, Chunk], chunk: Chunk) -> Token:
    """Climb coordination and apposition to the token that fills the clause slot: "Esi Boateng and
    Neil Orton moved", "The General Secretary, Callum Reid, reported"."""
    token = _past_affiliation_list(token, owner, chunk)
    seen = {token.i}
    while token.head.i not in seen:
        head = token.head
        climbs = (token.dep_ in ("conj", "appos") and head.pos_ in NOMINAL) or (
            token.dep_ in ("compound", "nmod") and head.pos_ == "PROPN" and owner.get(head.i) is not chunk
        )
        if not climbs:
            break
        token = _past_affiliation(head, owner) if token.dep_ == "conj" else head
        seen.add(token.i)
    return token


def _past_affiliation(head: Token, owner: dict[int, Chunk]) -> Token:
    """ "Ann Lowe from the GMB and Sam Okafor criticised": a name coordinated with the organisation
    of the person before it is coordinated with that person."""
    preposition = head.head
    if head.dep_ in ("pobj", "nmod") and head.i not in owner and preposition.lower_ in ("from", "of"):
        person = preposition.head
        if person.i in owner and owner[person.i].kind == "name":
            return person
    return head


def _past_affiliation_list(token: Token, owner: dict[int, Chunk], chunk: Chunk) -> Token:
    """The parser may read "Ann Lowe from the GMB and Sam Okafor" as "from (the GMB and Sam
    Okafor)": a name after "and" inside a from-phrase of a person is coordinated with that person."""
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ != "from":
        return token
    person = preposition.head
    between = token.doc[preposition.i + 1 : chunk.tokens[0].i]
    if person.i in owner and owner[person.i].kind == "name" and any(t.lower_ == "and" for t in between):
        return person
    return token


def speaks(slot: Token, chunk: Chunk) -> bool:
    if chunk.kind == "pronoun" and slot.dep_ != "nsubj":
        return False
    if chunk.kind == "author" and slot.dep_ == "nsubj" and slot.head.tag_ == "VBP":
        return False  # "I apologise now that ...": the author writing, not speaking at the meeting
    if slot.dep_ == "nsubj":
        return subject_acts(slot.head)
    if any(misread_main_verb(c) for c in (*slot.children, *anchor_of(chunk).children)):
        return True
    if is_report_heading(slot) and anchor_of(chunk).dep_ == "appos":
        return True  # "General Secretary's report (David Evans)", "Leader's Report – Keir Starmer"
    if slot.dep_ == "pobj" and slot.head.lower_ in vocabulary().list_introducers:
        return speaks(slot_of(slot.head.head, {}, chunk), chunk)  # "members, including X, spoke"
    if slot.dep_ == "pobj":
        return object_of_preposition_acts(slot.head)
    if slot.dep_ == "poss" and chunk.kind == "author":
        governor = slot.head.head
        return governor.pos_ not in ("VERB", "AUX") or at_this_meeting(governor, may_be_reported=True)
    if slot.dep_ == "poss":
        return possessor_acts(slot, chunk)
    return False
