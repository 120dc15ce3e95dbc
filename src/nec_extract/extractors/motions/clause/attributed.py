"""A news report's attribution after the fact it reports: "The executive agreed the timetable and approved a code of
conduct, party sources confirmed", "..., a spokesperson said", "..., it is understood". The parse makes the fact a
clause under the attribution's verb; the fact is the sentence's main clause all the same. Not an attribution: a
person at the meeting reporting ("..., the secretary told us"), whose words tell of another body's decision.

A news report may also lead with its attribution and shift the fact back a tense: "Sources said the committee had
voted to ...", "LabourList understands the panel had agreed ...": the past perfect is the reporter's, not an earlier
decision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.news_lead import backshifted
from nec_extract.language.lexicon.decisions import decisions_vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token


def attributed_fact(token: Token) -> bool:
    """Whether the token heads the fact a trailing news attribution reports."""
    head = token.head
    if token.dep_ != "ccomp" or head.dep_ != "ROOT" or token.i > head.i:
        return False
    words = decisions_vocabulary().clauses
    if head.lemma_.lower() not in words.attribution_verbs:
        return False
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < token.i or subject.lemma_.lower() not in words.attribution_sources:
        return False
    # the attribution stands apart after a comma: "..., party sources confirmed"
    return any(t.text == "," for t in token.doc[token.right_edge.i + 1 : subject.left_edge.i + 1])


def reported_as_news(verb: Token) -> bool:
    """Whether the verb heads the fact a leading news attribution reports ("Sources said the committee had agreed
    ...", "It is understood the NEC had backed ..."): the clause under the attribution's verb, the attribution read
    as :func:`nec_extract.extractors.news_lead.backshifted` reads it."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.dep_ != "ROOT" or verb.i < head.i:
        return False
    return backshifted(verb.doc.text, verb.idx)
