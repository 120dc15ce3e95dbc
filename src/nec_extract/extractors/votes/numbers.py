"""Numbers of a tally, in digits or words: "22", "742,300", "twelve", "twenty-one", "nil"."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.decisions import decisions_vocabulary


@cache
def number_pattern() -> str:
    tallies = decisions_vocabulary().tallies
    words = [w for w, n in tallies.number_words.items() if n > 0]
    units = [w for w, n in tallies.number_words.items() if 0 < n < 10]
    tens = alternation(tallies.number_tens)
    return rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{tens})(?:[- ](?:{alternation(units)}))?|{alternation(words)})"


def to_number(token: str) -> int | None:
    """``"22"``, ``"742,300"``, ``"twelve"``, ``"twenty-one"`` → int; anything else → None."""
    token = token.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", token):
        return int(token.replace(",", ""))
    words = decisions_vocabulary().tallies.number_words
    tens = decisions_vocabulary().tallies.number_tens
    if token in words:
        return words[token]
    parts = re.split(r"[- ]", token)
    if parts[0] in tens and (len(parts) == 1 or (len(parts) == 2 and parts[1] in words)):
        return tens[parts[0]] + (words[parts[1]] if len(parts) == 2 else 0)
    return None
