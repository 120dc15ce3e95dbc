"""An agreement that decides nothing: "It was agreed to note the report", "Agreed to receive the report", "it was
agreed to look at this again" - a report noted or received, or a matter to be looked at, is no motion (SPEC:
Motions); the "agreed" there is no result of the sentence."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.lexicon.decisions import decisions_vocabulary, either

_FLAGS = re.IGNORECASE


def agreed_to_nothing(text: str, start: int, end: int) -> bool:
    """Whether the agreement phrase at ``start:end`` takes an infinitive that decides nothing."""
    agreed = text[start:end].lower()
    return agreed in decisions_vocabulary().motions.agree_verbs and _nothing().match(text, end) is not None


@cache
def _nothing() -> re.Pattern[str]:
    """The infinitive openers of clauses that decide nothing ("to note", "to consider", "to receive the report")."""
    openers = decisions_vocabulary().motions.not_a_decision.clause_openers
    words = [w for w in openers.words if w.startswith("to ")]
    patterns = [p for p in openers.patterns if p.startswith("to ")]
    return re.compile(rf"\s+(?:{either(tuple(words))}|{'|'.join(patterns)})\b", _FLAGS)


def to_nothing(words: str) -> bool:
    """Whether what was agreed is an infinitive that decides nothing ("to note the report"), as minutes list it."""
    return _nothing().match(f" {words.strip()}") is not None
