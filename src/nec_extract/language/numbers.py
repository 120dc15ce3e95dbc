"""Counts written in any form: "400,757", "489k", "1.2m", "six hundred and twelve", "half a million".

:func:`find_quantities` lists the numbers of a text that can count things, each with its value and
whether it is approximate (a hedge such as "around" or "just under", a k/m abbreviation, a rounded
word like "one million"). Numbers that cannot be counts are skipped: money, percentages, years,
days of a month, times, ordinals, decades, ranges and tallies ("16-14"), fractions ("two-thirds").
Number words are read by text2num; this module adds what it lacks ("a million", "half a million").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from text_to_num import text2num

from nec_extract.language.calendar import MONTH_RE
from nec_extract.language.lexicon import load_json


@dataclass(frozen=True)
class Quantity:
    """A count in a text: ``start:end`` covers any hedge, ``numeral_start`` where the number itself starts."""

    start: int
    end: int
    numeral_start: int
    value: int
    approximate: bool
    hedge: str | None = None


_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_WORD = rf"(?:(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS[1:10])}))?|{'|'.join(_UNITS)}|{'|'.join(_SCALES)})"
_FRACTION_OF = {"half": 0.5, "a half": 0.5, "a quarter": 0.25, "quarter": 0.25, "three quarters": 0.75}

_DIGITS = re.compile(
    r"(?<![\w£$€,/:\-–])(?<!\d\.)"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f]\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>million|thousand|billion|mn|bn)\b|(?P<suffix>[kKmM])(?![\w]))?"
    r"(?![\w])"
)
_WORDS = re.compile(
    rf"\b(?:(?P<fraction>half|a\s+half|a\s+quarter|three[\s-]quarters)\s+(?:of\s+)?a\s+(?P<fscale>million|thousand)"
    rf"|(?P<a>an?\s+)?(?P<words>{_WORD}(?:(?:\s+and\s+|\s+|-){_WORD})*))\b",
    re.IGNORECASE,
)
_PART_OF_DIGIT_RUN = re.compile(r"\d[ \t]$")  # "0345 092 2299": a phone number, not a count
_MONEY_BEFORE = re.compile(r"[£$€]\s?$|\b(?:GBP|USD|EUR)\s?$")
_NOT_A_COUNT_AFTER = re.compile(
    r"^(?:-(?!strong\b)[A-Za-z]|\s?%|\s?(?:per\s?cent|percent|pc|pence|p|am|pm|pounds?|quid|euros?|dollars?)\b|[:/\-–]\d|(?:st|nd|rd|th|s)\b"
    r"|-(?:year|month|week|day|hour|minute)s?\b|[\s-](?:thirds?|quarters?|fifths?|sixths?|tenths?|halves)\b)",
    re.IGNORECASE,
)
_DAY_OF_MONTH_AFTER = re.compile(rf"^\s+(?:of\s+)?{MONTH_RE}", re.IGNORECASE)
_DAY_OF_MONTH_BEFORE = re.compile(rf"\b{MONTH_RE}\s+$", re.IGNORECASE)
_RATIO_AFTER = re.compile(r"^\s+in\s+(?:every\s+)?(?:\d+|" + _WORD + r")\b", re.IGNORECASE)
_RATIO_BEFORE = re.compile(r"\b(?:\d+|one|a)\s+in\s+(?:every\s+)?$", re.IGNORECASE)
_PARTITIVE_AFTER = re.compile(r"^\s+of\s+(?:the|them|us|those|these|our|its|their|his|her|whom|which)\b", re.IGNORECASE)


def find_quantities(text: str) -> list[Quantity]:
    """Numbers in ``text`` that can count things, in text order."""
    found = [q for q in (_digit_quantity(text, m) for m in _DIGITS.finditer(text)) if q is not None]
    taken = [(q.numeral_start, q.end) for q in found]
    for match in _WORDS.finditer(text):
        if any(match.start() < end and start < match.end() for start, end in taken):
            continue
        quantity = _word_quantity(text, match)
        if quantity is not None:
            found.append(quantity)
    return sorted(found, key=lambda q: q.start)


def parse_quantity(expression: str) -> Quantity | None:
    """The single count an expression states ("approx 23k" → 23000, approximate), or None."""
    expression = expression.strip()
    for quantity in find_quantities(expression):
        if quantity.start == 0 and quantity.end == len(expression):
            return quantity
    return None


def _digit_quantity(text: str, match: re.Match[str]) -> Quantity | None:
    before, after = text[: match.start()], text[match.end() :]
    if _MONEY_BEFORE.search(before) or _NOT_A_COUNT_AFTER.match(after) or _RATIO_BEFORE.search(before):
        return None
    if _PART_OF_DIGIT_RUN.search(before) or re.match(r"[ \t]\d", after):
        return None
    numeral = match.group("num")
    plain = re.sub(r"[,\u00a0\u202f]", "", numeral)
    scale_word = (match.group("scale") or match.group("suffix") or "").lower()
    if not scale_word:
        if "." in plain or (plain.startswith("0") and plain != "0"):
            return None  # a decimal or a code, not a count
        if _looks_like_date(numeral, before, after):
            return None
    multiplier = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "mn": 1_000_000, "million": 1_000_000}.get(
        scale_word, 1_000_000_000 if scale_word in ("bn", "billion") else 1
    )
    if len(plain) > 15:
        return None  # a run of digits, not a count
    value = round(float(plain) * multiplier)
    return _hedged(text, match.start(), match.end(), value, approximate=multiplier > 1)


def _looks_like_date(numeral: str, before: str, after: str) -> bool:
    if "," in numeral:
        return False
    value = int(numeral)
    if len(numeral) == 4 and 1800 <= value <= 2100:
        return True  # a year
    return value <= 31 and bool(_DAY_OF_MONTH_AFTER.match(after) or _DAY_OF_MONTH_BEFORE.search(before))


def _word_quantity(text: str, match: re.Match[str]) -> Quantity | None:
    after = text[match.end() :]
    if _NOT_A_COUNT_AFTER.match(after) or _RATIO_AFTER.match(after) or _RATIO_BEFORE.search(text[: match.start()]):
        return None
    if match.group("fraction"):
        share = _FRACTION_OF[re.sub(r"[\s-]+", " ", match.group("fraction").lower())]
        value = round(share * _SCALES[match.group("fscale").lower()])
        return _hedged(text, match.start(), match.end(), value, approximate=True)
    words = re.sub(r"\s+", " ", match.group("words").lower())
    if _PARTITIVE_AFTER.match(after) and words == "one":
        return None  # "one of the members"
    if match.group("a") and words.split(" ")[0] not in _SCALES:
        return None  # "a one-off" and the like
    count = _words_value(("one " if match.group("a") else "") + words)
    if count is None:
        return None
    approximate = words.split(" ")[-1] in _SCALES
    return _hedged(text, match.start(), match.end(), count, approximate=approximate)


@cache
def _words_value(words: str) -> int | None:
    """The value of a run of number words; the longest readable prefix when the whole run is not one number."""
    pieces = words.split(" ")
    for end in range(len(pieces), 0, -1):
        candidate = " ".join(pieces[:end])
        if candidate.endswith(" and"):
            continue
        try:
            return int(text2num(candidate, "en"))
        except ValueError:
            continue
    return None


@cache
def _hedge_pattern() -> re.Pattern[str]:
    hedges = sorted(load_json("membership.json")["hedges"], key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(part) for part in hedge.split()) for hedge in hedges)
    # a stray letter between hedge and number is a typo ("around d 530,000")
    return re.compile(rf"(?<![\w.])(?P<hedge>{alternatives})\s*(?:[a-z]\s+)?$", re.IGNORECASE)


def _hedged(text: str, start: int, end: int, value: int, *, approximate: bool) -> Quantity:
    hedge = _hedge_pattern().search(text, max(0, start - 40), start)
    if hedge is None:
        return Quantity(start, end, start, value, approximate)
    return Quantity(hedge.start(), end, start, value, True, re.sub(r"\s+", " ", hedge.group("hedge").lower()))
