"""What the decision readers ask of a verb in the parse: whether it heads a main clause, its subject, its lemma with
its particle ("set up"), whether it is negated, and the item its passive is said of ("The application was refused")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.motions.clause.attributed import attributed_fact, reported_as_news
from nec_extract.extractors.motions.this_meeting.our_subject import subject_of_aside
from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.language.spaces import word_after

if TYPE_CHECKING:
    from spacy.tokens import Token

    from nec_extract.language.text import Sentence
    from nec_extract.page.context import ReportContext

_SUBJECT = "nsubj"


def heads_main_clause(token: Token) -> bool:
    """The root verb, or a verb coordinated with it ("approved the budget and appointed an auditor")."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if attributed_fact(token) or reported_as_news(token):
        return True  # "The SEC agreed the timetable ..., party sources confirmed", "Sources said the NEC had agreed"
    if token.dep_ in ("ccomp", "parataxis") and token.i < token.head.i:
        # "An amendment removed X; the motion was then carried": a semicolon joins two main clauses
        between = token.doc[token.i : token.head.i]
        return any(t.text == ";" for t in between) and token.head.dep_ == "ROOT"
    return token.dep_ == "ROOT" and token.pos_ in ("VERB", "AUX")


def own_subject(verb: Token) -> Token | None:
    """The verb's own active subject, if the parse gives it one; also where the parse hangs it on the verb's
    auxiliary across an aside ("We did, however, approve the budget": "We" under "did")."""
    found = next((child for child in verb.children if child.dep_ == _SUBJECT), None)
    if found is not None:
        return found
    auxiliaries = (c for c in verb.children if c.dep_ == "aux" and c.i < verb.i)
    return next((child for aux in auxiliaries for child in aux.children if child.dep_ == _SUBJECT), None)


def subject_of(verb: Token) -> Token | None:
    """The verb's active subject, or that of the verb it is coordinated with ("The GC met and agreed ...")."""
    token: Token | None = verb
    while token is not None:
        found = own_subject(token)
        if found is not None or passive_item(token) is not None:
            return found
        token = token.head if token.dep_ == "conj" else gerund_host(token)
    return subject_of_aside(verb)


def gerund_host(verb: Token) -> Token | None:
    """The verb a gerund with no subject or tense of its own hangs on, whose subject and tense it takes: "adopted" in
    "The NEC adopted the budget, rejecting the amendment", "approved it, as well as deferring ...", "passed the plan
    after voting down the amendment", "in addition to accepting ..." (through the infinitive to the verb that takes
    it); None for anything else, or a gerund its preposition tells was not the body's own act ("instead of
    rejecting it", "condemned the council for closing ...")."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "pcomp", "conj", "acl"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return None
    joining = joining_words(verb)
    undone = decisions_vocabulary().clauses.undone_gerund_prepositions
    if any(t.lower_ in undone for t in joining):
        return None
    host = (joining[-1] if verb.dep_ == "pcomp" else verb).head
    if _set_off(verb, joining):  # "..., rejecting X" after an object's own clause is still the verb's
        host = _out_of_object(host)
    elif verb.dep_ == "acl":
        return None  # "a motion supporting the strikers": the participle describes the thing
    if host.pos_ not in ("VERB", "AUX"):
        return None
    while host.dep_ == "xcomp" and host.head.i != host.i:
        host = host.head
    return host


def joining_words(verb: Token) -> list[Token]:
    """The words that join a gerund to what it hangs on, innermost first: "before", "as" of "as well as", "to",
    "addition" and "in" of "in addition to"."""
    if verb.dep_ != "pcomp":
        return [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i][-1:] if verb.dep_ == "conj" else []
    joining = [verb.head]
    while (
        len(joining) < _JOINING_WORDS
        and joining[-1].dep_ in ("prep", "pobj", "cc")
        and joining[-1].head.pos_ not in ("VERB", "AUX")
    ):
        joining.append(joining[-1].head)
    return joining


_JOINING_WORDS = 3
_OUT_OF_OBJECT = 6


def _set_off(verb: Token, joining: list[Token]) -> bool:
    opening = min(t.left_edge.i for t in (verb, *joining))
    return opening > 0 and verb.doc[opening - 1].text == ","


def _out_of_object(host: Token) -> Token:
    """The verb whose object holds the word a set-off gerund was hung on: "approved" in "approved a proposal to merge
    two wards, rejecting ..." and "agreed the recommendations, deferring ..."."""
    token = host
    for _ in range(_OUT_OF_OBJECT):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("acl", "relcl"):
            return token
        if token.dep_ not in ("acl", "relcl", "dobj", "pobj", "prep", "appos"):
            return host
        token = token.head
    return host


def passive_item(verb: Token) -> Token | None:
    """The subject of the verb in the passive ("The application" in "The application was refused"), if any."""
    return next((child for child in verb.children if child.dep_ == "nsubjpass"), None)


def lemma_of(verb: Token) -> str:
    """The verb's lemma with its particle: "set up", "turn down"."""
    particle = particle_of(verb)
    lemma = verb.lemma_.lower()
    return f"{lemma} {particle.lower_}" if particle is not None else lemma


def particle_of(verb: Token) -> Token | None:
    """The verb's particle: tagged as one, or a preposition or adverb that makes a phrasal decision verb with it."""
    tagged = next((child for child in verb.children if child.dep_ == "prt"), None)
    return tagged or _particle_as_preposition(verb) or _particle_after_the_object(verb)


def _particle_after_the_object(verb: Token) -> Token | None:
    """ "nodded the report through" parsed with "through" as an adverb: a word after the verb's object that makes a
    phrasal decision verb with it ("nod through")."""
    first_object = min((c.i for c in verb.children if c.dep_ == "dobj"), default=None)
    if first_object is None:
        return None
    after = (c for c in verb.children if c.dep_ == "advmod" and c.i > first_object)
    return next((c for c in after if _makes_a_phrasal_decision_verb(verb, c)), None)


def _particle_as_preposition(verb: Token) -> Token | None:
    """ "voting down the motion", "send back the policy" parsed with "down" as a preposition, "back" as an adverb:
    the word right after the verb that makes a phrasal decision verb with it ("vote down", "send back")."""
    after = next((c for c in verb.children if c.dep_ in ("prep", "advmod") and c.i == verb.i + 1), None)
    return after if after is not None and _makes_a_phrasal_decision_verb(verb, after) else None


def _makes_a_phrasal_decision_verb(verb: Token, word: Token) -> bool:
    """ "vote" and "down", "nod" and "through": the verb and the word are a decision verb of the vocabulary."""
    return f"{verb.lemma_.lower()} {word.lower_}" in decisions_vocabulary().clauses.verbs


def phrasal_object(verb: Token) -> Token | None:
    """The particle of a phrasal decision verb followed by the thing decided, when the parse hangs that thing
    elsewhere ("voting down the motion on the lease", "putting off a decision"): the verb has an object."""
    particle = particle_of(verb)
    if particle is None or lemma_of(verb) not in decisions_vocabulary().clauses.verbs:
        return None
    after = word_after(particle)
    return particle if after is not None and after.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON") else None


def negated(verb: Token) -> bool:
    """A "not" on the verb, or on its auxiliary across an aside ("did not, in the end, approve")."""
    if any(child.dep_ == "neg" and not _sets_objects_apart(verb, child) for child in verb.children):
        return True
    auxiliaries = (c for c in verb.children if c.dep_ == "aux" and c.i < verb.i)
    return any(child.dep_ == "neg" for aux in auxiliaries for child in aux.children)


def _sets_objects_apart(verb: Token, neg: Token) -> bool:
    """ "backed not a strike but an overtime ban": a "not" right before the object that "but" sets another against
    negates that object, not the verb (the parse may hang it on either)."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.left_edge == word_after(neg)]
    return any(c.dep_ == "cc" and c.lower_ == "but" for o in objects for c in o.children)


def marked_to(verb: Token) -> bool:
    """The verb is an infinitive with its "to" ("to prepare" of "asked the officers to prepare")."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


_BEFORE_THE_VERB = ("ADV", "PART", "AUX")


def main_clause_subject(report: ReportContext, sentence: Sentence, at: int) -> str | None:
    """The subject (head noun with its determiners and modifiers) of the verb starting at ``at`` within the
    sentence, when that verb heads a main clause ("Thankfully, those changes, which ..., passed easily": "those
    changes", however far from the verb); else None, also for a report without a parser. Asked by the patterns for the
    few sentences they leave undecided."""
    if report.parser is None:
        return None
    doc = report.doc(sentence)
    verb = next((token for token in doc if sentence.start + token.idx == at), None)
    # "never had the numbers", "did not get ...": the verb after its adverb or auxiliary
    while verb is not None and verb.pos_ in _BEFORE_THE_VERB and (following := word_after(verb)) is not None:
        verb = following
    if verb is None:
        return None
    head = verb.head if verb.dep_ == "conj" else verb  # "... was debated and passed"
    if not heads_main_clause(head):
        return None  # "the motions passed into the rulebook", "getting policies adopted": no main clause
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb is not head:
        subject = next((child for child in head.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    words = [token.text for token in subject.lefts if token.dep_ in ("det", "amod", "compound", "nummod")]
    return " ".join([*words, subject.text])
