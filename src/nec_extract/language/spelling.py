"""Either spelling: the vocabulary is written in British spelling, and pages come in American or Australian spelling
too ("in favor", "organized", "the program"). Every word list is held with each word's other spelling beside it, and
every pattern's British parts match either spelling, as the lexicon loads them (``models/spelling.json``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from nec_extract.language.lexicon.spelling import spelling_vocabulary


@cache
def _british_part() -> re.Pattern[str]:
    parts = sorted(spelling_vocabulary().other_spellings, key=len, reverse=True)
    return re.compile("|".join(parts), re.IGNORECASE)


def _respelt(match: re.Match[str]) -> str:
    other = spelling_vocabulary().other_spellings[match.group().lower()]
    return other.capitalize() if match.group()[0].isupper() else other


def with_other_spellings(phrases: Iterable[str]) -> list[str]:
    """The phrases, then each one's other spelling where it has one ("in favour" adds "in favor")."""
    phrases = list(phrases)
    seen = set(phrases)
    others = [other for other in (_british_part().sub(_respelt, p) for p in phrases) if other not in seen]
    return phrases + list(dict.fromkeys(others))


def either_spelling(pattern: str) -> str:
    """A regex fragment whose British parts match either spelling ("favour" becomes "(?:favour|favor)")."""
    return _british_part().sub(lambda m: f"(?:{m.group()}|{_respelt(m)})", pattern)
