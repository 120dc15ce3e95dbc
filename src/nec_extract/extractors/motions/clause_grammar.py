"""What the decision readers ask of a verb in the parse: whether it heads a main clause, its subject, its lemma with
its particle ("set up"), whether it is negated, and the item its passive is said of ("The application was refused")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.motions.attributed import attributed_fact
from nec_extract.extractors.motions.our_subject import subject_of_aside

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECT = "nsubj"


def heads_main_clause(token: Token) -> bool:
    """The root verb, or a verb coordinated with it ("approved the budget and appointed an auditor")."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if attributed_fact(token):
        return True  # "The SEC agreed the timetable and approved a code, party sources confirmed"
    if token.dep_ in ("ccomp", "parataxis") and token.i < token.head.i:
        # "An amendment removed X; the motion was then carried": a semicolon joins two main clauses
        between = token.doc[token.i : token.head.i]
        return any(t.text == ";" for t in between) and token.head.dep_ == "ROOT"
    return token.dep_ == "ROOT" and token.pos_ in ("VERB", "AUX")


def own_subject(verb: Token) -> Token | None:
    """The verb's own active subject, if the parse gives it one."""
    return next((child for child in verb.children if child.dep_ == _SUBJECT), None)


def subject_of(verb: Token) -> Token | None:
    """The verb's active subject, or that of the verb it is coordinated with ("The GC met and agreed ...")."""
    token: Token | None = verb
    while token is not None:
        found = own_subject(token)
        if found is not None or passive_item(token) is not None:
            return found
        token = token.head if token.dep_ == "conj" else None
    return subject_of_aside(verb)


def passive_item(verb: Token) -> Token | None:
    """The subject of the verb in the passive ("The application" in "The application was refused"), if any."""
    return next((child for child in verb.children if child.dep_ == "nsubjpass"), None)


def lemma_of(verb: Token) -> str:
    """The verb's lemma with its particle: "set up", "turn down"."""
    particle = next((child for child in verb.children if child.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    return f"{lemma} {particle.lower_}" if particle is not None else lemma


def negated(verb: Token) -> bool:
    return any(child.dep_ == "neg" for child in verb.children)


def marked_to(verb: Token) -> bool:
    """The verb is an infinitive with its "to" ("to prepare" of "asked the officers to prepare")."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
