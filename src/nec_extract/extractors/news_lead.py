"""A news report's leading attribution: "Sources said the committee had voted 9-4 ...", "LabourList understands the
panel had agreed ...", "It is understood that the NEC had backed ...". The fact after it is shifted back a tense by the
reporting, so its past perfect tells this meeting, not an earlier time. The votes and the motions extractors ask this
one predicate before they read a past perfect as background."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.lexicon.decisions import decisions_vocabulary, either


def backshifted(text: str, at: int) -> bool:
    """Whether ``text[at:]`` lies in the first clause of the fact a leading news attribution reports."""
    lead = _lead().match(text)
    return lead is not None and lead.end() <= at and not _clause_break().search(text, lead.end(), at)


@cache
def _lead() -> re.Pattern[str]:
    words = decisions_vocabulary().clauses
    sources = either(tuple(word for word in words.attribution_sources if word != "it"))
    # "Party sources said", "A Labour spokesperson confirmed", "LabourList understands", "It is understood"
    who = rf"(?:(?:[\w'’-]+\s+){{0,3}}?(?i:{sources})|[A-Z][\w-]*[A-Z][\w-]*)"
    told = rf"{who}\s+(?:{either(words.attribution_forms)})(?:\s+[A-Z][\w-]*)?"  # "Sources told LabourList"
    return re.compile(rf"\W*(?:{told}|It\s+is\s+(?:understood|thought))\s+(?:(?:that|how)\s+)?")


@cache
def _clause_break() -> re.Pattern[str]:
    return re.compile(r"[;:.!?]|,\s+(?:but|and|although|though|while|after|before|when)\b", re.IGNORECASE)
