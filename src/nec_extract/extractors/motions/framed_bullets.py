"""A framed act told in a bullet going on from the body named above it ("The committee: / • tasked the press officer
with drafting a leaflet / • gave £120 to the refuge appeal"): the bullet's parse, when no decision verb opens it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.motions.body_frames import framed_act
from nec_extract.extractors.motions.clause_filter import names_an_act

if TYPE_CHECKING:
    from nec_extract.extractors.motions.reading import Reading


def framed_predicate(reading: Reading) -> bool:
    """ "• asked the officers to prepare ...", "• gave £250 to the foodbank": a bullet under "The committee:" whose verb
    phrase goes on from the body and tells a framed act (its main verb in the past, no subject of its own)."""
    if not names_an_act(reading):
        return False
    doc = reading.report.doc(reading.sentence)
    verbs = [t for t in doc if t.dep_ == "ROOT" and t.tag_ in ("VBD", "VBN")]
    # the bullet's mark may be parsed as a subject ("• gave £120 ..."): a subject is words
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.is_alpha for v in verbs for c in v.children)
    return bool(verbs) and not own_subject and framed_act(verbs[0])
