"""``models/numbers.json``: number words and their values, multipliers, fractions, zero words and hedges."""

from __future__ import annotations

from functools import cache
from typing import Annotated

from pydantic import AfterValidator

from nec_extract.language.lexicon import Vocabulary, Words, load


def _ascending(values: dict[str, int]) -> dict[str, int]:
    """Number words listed smallest first, so that a regex built from them tries them in a known order."""
    _literal(tuple(values))
    if list(values.values()) != sorted(values.values()):
        raise ValueError("number words are listed smallest value first")
    return values


def _literal(words: tuple[str, ...]) -> None:
    for word in words:
        if not word or word != word.strip().lower():
            raise ValueError(f"{word!r}: number words are lower case, without padding")


def _one_character_signs(signs: tuple[str, ...]) -> tuple[str, ...]:
    if any(len(sign) != 1 or sign.isalnum() for sign in signs):
        raise ValueError("signs are single characters that are not letters or digits")
    return signs


def _fraction_words(fractions: dict[str, float]) -> dict[str, float]:
    _literal(tuple(fractions))
    if not all(0 < share < 1 for share in fractions.values()):
        raise ValueError("a fraction is a share between 0 and 1")
    return fractions


#: number words with their values, smallest first
NumberWords = Annotated[dict[str, int], AfterValidator(_ascending)]
#: single non-letter characters such as "£" or "%"
Signs = Annotated[tuple[str, ...], AfterValidator(_one_character_signs)]
#: "half" -> 0.5, "three quarters" -> 0.75
Fractions = Annotated[dict[str, float], AfterValidator(_fraction_words)]


class NumbersVocabulary(Vocabulary):
    FILE = "numbers.json"
    units: NumberWords
    tens: NumberWords
    scales: NumberWords
    abbreviated_scales: NumberWords
    fractions: Fractions
    zero_words: Words
    hedges: Words
    hedges_after: Words
    hedge_signs_after: Signs
    range_openers: Words
    range_links: Words
    range_hedges: Words
    currency_signs: Signs
    currency_codes: Words
    signs_after: Signs
    units_after: Words
    odds_ends: Words
    denominators: Words
    partitive_determiners: Words
    count_suffixes: Words


@cache
def numbers_vocabulary() -> NumbersVocabulary:
    return load(NumbersVocabulary)
