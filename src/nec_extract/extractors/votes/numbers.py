"""Numbers of a tally, in digits or words: "22", "742,300", "twelve", "twenty-one", "nil"."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.votes.vocabulary import alternation, vocab


@cache
def number_pattern() -> str:
    words = [w for w, n in vocab()["number_words"].items() if n > 0]
    tens = alternation(list(vocab()["number_tens"]))
    units = alternation([w for w, n in vocab()["number_words"].items() if 0 < n < 10])
    return rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{tens})(?:[- ](?:{units}))?|{alternation(words)})"


def to_number(token: str) -> int | None:
    """``"22"``, ``"742,300"``, ``"twelve"``, ``"twenty-one"`` → int; anything else → None."""
    token = token.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", token):
        return int(token.replace(",", ""))
    words: dict[str, int] = vocab()["number_words"]
    tens: dict[str, int] = vocab()["number_tens"]
    if token in words:
        return words[token]
    parts = re.split(r"[- ]", token)
    if parts[0] in tens and (len(parts) == 1 or (len(parts) == 2 and parts[1] in words)):
        return tens[parts[0]] + (words[parts[1]] if len(parts) == 2 else 0)
    return None
