"""Whether an act happened at this meeting: not negated, modal, conditional, earlier, reported second-hand
or said somewhere else (in an article, on the radio)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.speakers.tokens import text_of
from nec_extract.extractors.speakers.vocabulary import vocabulary
from nec_extract.language.spaces import before_second_space

if TYPE_CHECKING:
    from spacy.tokens import Token


def at_this_meeting(verb: Token, *, may_be_reported: bool = False, may_be_negated: bool = False) -> bool:
    """Not negated (unless the negation is of a result, ``may_be_negated``: "a motion from X was not agreed"), not
    modal or future, not past perfect ("had said"), not conditional, not reported inside someone else's speech, not
    said somewhere else ("in his written report", "on ITV")."""
    vocab = vocabulary()
    for child in verb.children:
        if child.dep_ == "neg" and not may_be_negated:
            return False
        if child.dep_ in ("aux", "auxpass") and child.lower_ in vocab.modal_auxiliaries:
            return False
        if child.dep_ == "aux" and child.lower_ in vocab.past_perfect_auxiliaries and verb.tag_ in ("VBN", "VBG"):
            return False  # "had said", "had been arguing": before the meeting
        if child.dep_ == "mark" and child.lower_ in vocab.conditional_marks:
            return False
        if child.dep_ == "prep" and child.lower_ in vocab.elsewhere_preps and names_elsewhere(child):
            return False
        if child.dep_ in ("dobj", "dative") and _is_media(child):
            return False  # "told the BBC", "told Sky News"
        if _set_at_another_time(verb, child) or _speaking_afterwards(child):
            return False
    return may_be_reported or not _reported(verb)


def _set_at_another_time(verb: Token, child: Token) -> bool:
    """ "in 2015", "last year", "at the January meeting"; not a time that dates the verb's object."""
    other_time = child.dep_ in ("prep", "npadvmod", "advmod") and vocabulary().other_time.search(text_of(child))
    return bool(other_time) and not _dates_the_object(verb, child)


def _dates_the_object(verb: Token, time: Token) -> bool:
    """ "raised the committee's decision last month to impose ...", "criticised the vote last year that closed ...": a
    time between an object that names an event and what the event was dates the event, however the parser hung it;
    not "criticised the vote last year", which may be when she did."""
    doc = time.doc
    before, after = time.left_edge.i - 1, time.right_edge.i + 1
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.casefold() in vocabulary().dated_event_nouns]
    what_follows = after < len(doc) and doc[after].lower_ in ("to", "that", "which")
    return before >= 0 and what_follows and any(o.i == before for o in objects)


def _speaking_afterwards(clause: Token) -> bool:
    """ "Speaking after the meeting, X said", "Speaking to the Courier, X said": a participle of speaking set at
    another time or to the press."""
    vocab = vocabulary()
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.lemma_.casefold() not in vocab.speech_verbs:
        return False
    return any(
        (c.dep_ in ("prep", "npadvmod", "advmod") and vocab.other_time.search(text_of(c))) or _to_the_press(c)
        for c in clause.children
    )


def _to_the_press(preposition: Token) -> bool:
    return preposition.dep_ == "prep" and preposition.lower_ == "to" and any(_is_media(n) for n in preposition.children)


def _reported(verb: Token) -> bool:
    """Inside what another speaker said ("Jeremy said that Paul had spoken ..."); a clause the parser
    hangs off a later verb across a semicolon is a sentence of its own."""
    head = verb
    while head.dep_ == "conj":
        head = head.head
    vocab = vocabulary()
    if verb.lemma_.casefold() in vocab.procedural_verbs:
        return False  # nobody reports a seconder second-hand; the parser often hangs "and Y seconded" low
    if head.dep_ != "ccomp" or head.head.lemma_.casefold() not in vocab.speech_verbs:
        return False
    if _after_a_conjunction(head):
        return False  # "Viv reported on the ballot and Dana asked ...": a main clause the parser hung as what was said
    low, high = sorted((head.i, head.head.i))
    # what a verb reports comes after it: a clause before a colon is not what the clause after the colon says
    breaks = {";", ":"} if head.i < head.head.i else {";"}
    return not any(t.text in breaks for t in head.doc[low:high])


def _after_a_conjunction(clause: Token) -> bool:
    first = clause.left_edge
    before = before_second_space(first.doc[first.i - 1]) if first.i > 0 else None
    return before is not None and before.lower_ in ("and", "but") and first.i > clause.head.i


def names_elsewhere(preposition: Token) -> bool:
    # "in his written report", "in an interview", "on Twitter", "to the press", "in a statement"
    written = preposition.lower_ == "in"
    return any(
        noun.dep_ == "pobj" and (_is_elsewhere(noun) or (written and (_is_written(noun) or _is_issued(noun))))
        for noun in preposition.children
    )


def _is_issued(noun: Token) -> bool:
    """ "a statement", "a press release": issued, not said at the meeting ("his statement to the NEC" may be)."""
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    return indefinite and noun.lemma_.casefold() in vocabulary().issued_nouns


def _is_elsewhere(noun: Token) -> bool:
    vocab = vocabulary()
    return noun.lower_ in vocab.elsewhere_nouns or noun.lemma_.casefold() in vocab.elsewhere_nouns


def _is_media(noun: Token) -> bool:
    nouns = vocabulary().media_nouns
    return noun.lower_ in nouns or any(c.dep_ == "compound" and c.lower_ in nouns for c in noun.children)


def _is_written(noun: Token) -> bool:
    return any(c.lower_ in vocabulary().written_adjectives for c in noun.children)
