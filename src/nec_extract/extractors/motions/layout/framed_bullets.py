"""A framed act told in a bullet going on from the body named above it ("The committee: / • tasked the press officer
with drafting a leaflet / • gave £120 to the refuge appeal / • set the quorum at twelve"): the bullet's parse, when no
decision verb opens it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.motions.acts.body_frames import framed_act
from nec_extract.extractors.motions.acts.proposals import change_made
from nec_extract.extractors.motions.acts.values_set import value_set
from nec_extract.extractors.motions.clause.clause_filter import names_an_act
from nec_extract.extractors.motions.clause.clause_grammar import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from nec_extract.extractors.motions.sentence.reading import Reading


def framed_predicate(reading: Reading) -> bool:
    """ "• asked the officers to prepare ...", "• gave £250 to the foodbank": a bullet under "The committee:" whose verb
    phrase goes on from the body and tells a framed act (its main verb in the past, no subject of its own)."""
    if not names_an_act(reading):
        return False
    doc = reading.report.doc(reading.sentence)
    verbs = [t for t in doc if t.dep_ == "ROOT" and t.tag_ in ("VBD", "VBN", "VB")]  # "• set the quorum at ..."
    # the bullet's mark may be parsed as a subject ("• gave £120 ..."): a subject is words
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.is_alpha for v in verbs for c in v.children)
    return bool(verbs) and not own_subject and _an_act(verbs[0])


def _an_act(verb: Token) -> bool:
    """A framed act, a value set ("• set the quorum at twelve") or a change made ("• replaced the form with ...")."""
    return framed_act(verb) or value_set(verb) or change_made(verb, lemma_of(verb), surely=True) is not None
