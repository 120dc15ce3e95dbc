"""The one number parser: counts written in any form, "400,757", "489k", "1.2m", "six hundred and twelve".

Two uses, one vocabulary (``models/numbers.json``):

- :func:`find_quantities` lists the numbers of a text that can count things, each with its value and
  whether it is approximate (a hedge such as "around" or "just under", a k/m abbreviation, a rounded
  word like "one million"). Numbers that cannot be counts are skipped: money, percentages, years,
  days of a month, times, ordinals, decades, ranges and tallies ("16-14"), fractions ("two-thirds").
  Runs of number words are read by text2num; this module adds what it lacks ("a million", "half a million").
- :func:`count_pattern` and :func:`count_value` read the small counts of a tally or a list ("12",
  "twenty-one", "nil") inside a caller's own regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from text_to_num import text2num

from nec_extract.language.calendar import MONTH_RE
from nec_extract.language.grammar import ORDINAL_SUFFIX_RE
from nec_extract.language.lexicon import alternation, two_spaces_too
from nec_extract.language.lexicon.numbers import numbers_vocabulary


@dataclass(frozen=True)
class Quantity:
    """A count in a text: ``start:end`` covers any hedge, ``numeral_start`` where the number itself starts."""

    start: int
    end: int
    numeral_start: int
    value: int
    approximate: bool
    hedge: str | None = None


_VOCABULARY = numbers_vocabulary()
_UNITS = _VOCABULARY.units
_TENS = _VOCABULARY.tens
_SCALES = _VOCABULARY.scales
_MULTIPLIERS = {**{w: n for w, n in _SCALES.items() if n >= 1_000}, **_VOCABULARY.abbreviated_scales}
_ONE_TO_NINE = [w for w, n in _UNITS.items() if 0 < n < 10]
_DIGIT_GROUPS = r"\d{1,3}(?:,\d{3})+"


def _joined(words: Iterable[str]) -> str:
    """An alternation of the words in the order given (number words smallest first)."""
    return "|".join(re.escape(word) for word in words)


def _characters(signs: Iterable[str]) -> str:
    """A character class of single-character signs."""
    return "[" + "".join(re.escape(sign) for sign in signs) + "]"


_WORD = rf"(?:(?:{_joined(_TENS)})(?:-(?:{_joined(_ONE_TO_NINE)}))?|{_joined(_UNITS)}|{_joined(_SCALES)})"
_LETTER_SCALES = [w for w in _VOCABULARY.abbreviated_scales if len(w) == 1]
_WORD_SCALES = [w for w in _MULTIPLIERS if len(w) > 1]
_FRACTION = "|".join(r"[\s-]+".join(re.escape(part) for part in phrase.split()) for phrase in _VOCABULARY.fractions)
_FRACTION_SCALES = _joined(w for w, n in _SCALES.items() if n >= 1_000)

_NUMERAL = rf"{_DIGIT_GROUPS}(?:\.\d+)?|\d{{1,3}}(?:[\u00a0\u202f]\d{{3}})+|\d+(?:\.\d+)?"


def _multiplier_after(word: str, letter: str) -> str:
    """A multiplier after digits, in any case: "1.4m", "489K", "2.5 million", "1.4 Million", "1.3 Mn"."""
    letters = "".join(_LETTER_SCALES)
    return rf"\s?(?{word}(?i:{alternation(_WORD_SCALES)}))\b|(?{letter}[{letters}{letters.upper()}])(?![\w])"


_DIGITS = re.compile(
    rf"(?<![\w,/:\-–])(?<!{_characters(_VOCABULARY.currency_signs)})(?<!\d\.)"
    rf"(?P<num>{_NUMERAL})(?:{_multiplier_after('P<scale>', 'P<suffix>')})?"
    r"(?![\w])"
)
# "between 4,000 and 5,000", "540k–550k", "1.4-1.5m": one approximate count
_RANGE = re.compile(
    rf"(?<![\w,.])(?<!{_characters(_VOCABULARY.currency_signs)})"
    rf"(?:(?P<opener>{alternation(_VOCABULARY.range_openers)})\s+)?"
    rf"(?P<a>{_NUMERAL})(?P<a_scale>{_multiplier_after(':', ':')})?"
    rf"(?:\s?[-–]\s?|\s+(?P<link>{alternation(_VOCABULARY.range_links)})\s+)"
    rf"(?P<b>{_NUMERAL})(?P<b_scale>{_multiplier_after(':', ':')})?(?![\w%])",
    re.IGNORECASE,
)
_WORDS = re.compile(
    rf"\b(?:(?P<fraction>{_FRACTION})\s+(?:of\s+)?a\s+(?P<fscale>{_FRACTION_SCALES})"
    rf"|(?P<a>an?\s+)?(?P<words>{_WORD}(?:(?:\s+and\s+|\s+|-){_WORD})*))\b",
    re.IGNORECASE,
)
_PART_OF_DIGIT_RUN = re.compile(r"\d[ \t]$")  # "0345 092 2299": a phone number, not a count
_MONEY_BEFORE = re.compile(
    rf"{_characters(_VOCABULARY.currency_signs)}\s?$|\b(?:{_joined(c.upper() for c in _VOCABULARY.currency_codes)})\s?$"
)
# what after a number makes it no count: "6 months" (two spaces too, "6  months"), "6%", "3/4", "2nd", "1980s", a
# thread post's counter ("7/ Membership stats: ...", "2/n")
_NOT_A_COUNT_AFTER = re.compile(
    rf"^(?:-(?!(?:{alternation(_VOCABULARY.count_suffixes)})\b)[A-Za-z]|\s?{_characters(_VOCABULARY.signs_after)}"
    rf"|(?:  |\s)?(?:{alternation(_VOCABULARY.units_after)})\b|[:/\-–]\d|(?:{ORDINAL_SUFFIX_RE}|s)\b"
    rf"|[\s-](?:{alternation(_VOCABULARY.denominators)})\b)",
    re.IGNORECASE,
)
_DAY_OF_MONTH_AFTER = re.compile(rf"^\s+(?:of\s+)?{MONTH_RE}", re.IGNORECASE)
_DAY_OF_MONTH_BEFORE = re.compile(rf"\b{MONTH_RE}\s+$", re.IGNORECASE)
# "one in four members", "1 in every 5"
_RATIO_AFTER = re.compile(r"^\s+in\s+(?:every\s+)?(?:\d+|" + _WORD + r")\b", re.IGNORECASE)
_RATIO_BEFORE = re.compile(r"\b(?:\d+|one|a)\s+in\s+(?:every\s+)?$", re.IGNORECASE)
# odds, the split of a vote or a room: "about two to one", "by 3 to 1", "three-to-one"; not a change's end ("from two to
# one hundred")
_ODDS_AFTER = re.compile(
    rf"^(?:\s+|-)to(?:\s+|-)(?:{alternation(_VOCABULARY.odds_ends)})\b(?![\s-]*(?:{_joined(_SCALES)}|[\d,.]))",
    re.IGNORECASE,
)
_PARTITIVE_AFTER = re.compile(rf"^\s+of\s+(?:{alternation(_VOCABULARY.partitive_determiners)})\b", re.IGNORECASE)


def find_quantities(text: str) -> list[Quantity]:
    """Numbers in ``text`` that can count things, in text order."""
    found = [q for q in (_range_quantity(text, m) for m in _RANGE.finditer(text)) if q is not None]
    for match in _DIGITS.finditer(text):
        if not _overlaps(found, match):
            found.extend(q for q in [_digit_quantity(text, match)] if q is not None)
    for match in _WORDS.finditer(text):
        if not _overlaps(found, match):
            found.extend(q for q in [_word_quantity(text, match)] if q is not None)
    return sorted(found, key=lambda q: q.start)


def _overlaps(found: list[Quantity], match: re.Match[str]) -> bool:
    return any(match.start() < q.end and q.numeral_start < match.end() for q in found)


def parse_quantity(expression: str) -> Quantity | None:
    """The single count an expression states ("approx 23k" → 23000, approximate), or None."""
    expression = expression.strip()
    for quantity in find_quantities(expression):
        if quantity.start == 0 and quantity.end == len(expression):
            return quantity
    return None


@cache
def count_pattern(*, zero_words: bool = False) -> str:
    """A regex fragment (no groups) for a count as a tally or a list writes it: "12", "1,204", "twelve",
    "twenty-one" or "twenty one"; with ``zero_words`` also "nil", "none", "nobody", "no one"."""
    words = [w for w, n in _UNITS.items() if n > 0] + (list(_VOCABULARY.zero_words) if zero_words else [])
    tens = alternation(_TENS)
    return rf"(?:{_DIGIT_GROUPS}|\d+|(?:{tens})(?:[- ](?:{alternation(_ONE_TO_NINE)}))?|{alternation(words)})"


def count_value(token: str) -> int | None:
    """The value of a count :func:`count_pattern` matched ("22", "742,300", "twenty-one", "nil" → 0), else None."""
    token = token.strip().lower()
    if re.fullmatch(rf"{_DIGIT_GROUPS}|\d+", token):
        return int(token.replace(",", ""))
    if token in _VOCABULARY.zero_words:
        return 0
    if token in _UNITS:
        return _UNITS[token]
    tens, _, unit = re.sub(r"[- ]", " ", token).partition(" ")
    if tens in _TENS and (not unit or unit in _ONE_TO_NINE):
        return _TENS[tens] + (_UNITS[unit] if unit else 0)
    return None


def is_count_suffix(word: str) -> bool:
    """A word a count takes after a hyphen and stays a count: "strong" in "a 450,000-strong party"."""
    return word.lower() in _VOCABULARY.count_suffixes


def _digit_quantity(text: str, match: re.Match[str]) -> Quantity | None:
    before, after = text[: match.start()], text[match.end() :]
    if _MONEY_BEFORE.search(before) or _NOT_A_COUNT_AFTER.match(after) or _RATIO_BEFORE.search(before):
        return None
    if _ODDS_AFTER.match(after):
        return None
    if _PART_OF_DIGIT_RUN.search(before) or re.match(r"[ \t]\d", after):
        return None
    scale_word = (match.group("scale") or match.group("suffix") or "").lower()
    value = _digits_value(match.group("num"), scale_word, before, after)
    if value is None:
        return None
    return _hedged(text, match.start(), match.end(), value, approximate=scale_word != "")


def _digits_value(numeral: str, scale_word: str, before: str, after: str) -> int | None:
    """The count a numeral with its multiplier states; None for decimals, codes, years, days and digit runs."""
    plain = re.sub(r"[,\u00a0\u202f]", "", numeral)
    if not scale_word:
        if "." in plain or (plain.startswith("0") and plain != "0"):
            return None  # a decimal or a code, not a count
        if _looks_like_date(numeral, before, after):
            return None
    if len(plain) > 15:
        return None  # a run of digits, not a count
    return round(float(plain) * _MULTIPLIERS.get(scale_word, 1))


# "roughly 1,500 to 1,600": a hedge opens a range too, but not after "by" or "from" ("grew by about 200 to 1,400")
_NOT_AFTER_BY_OR_FROM = two_spaces_too(r"(?<!\bby )(?<!\bfrom )")
_RANGE_HEDGE_BEFORE = re.compile(
    rf"{_NOT_AFTER_BY_OR_FROM}\b(?:{alternation(_VOCABULARY.range_hedges)})\s+$", re.IGNORECASE
)


def _range_quantity(text: str, match: re.Match[str]) -> Quantity | None:
    """A range stated as one count: its lower bound, approximate. Tallies ("16-14"), year spans
    ("2019-2021") and "from N to M" (a change) are no ranges; "to" and "and" need an opener ("between") or a
    hedge ("around 400 to 450", where the bounds are near each other)."""
    before, after = text[: match.start("a")], text[match.end() :]
    hedged = bool(match.group("link")) and not match.group("opener") and bool(_RANGE_HEDGE_BEFORE.search(before))
    if match.group("link") and not match.group("opener") and not hedged:
        return None
    if _MONEY_BEFORE.search(before) or _NOT_A_COUNT_AFTER.match(after):
        return None
    b_scale = (match.group("b_scale") or "").strip().lower()
    a_scale = (match.group("a_scale") or "").strip().lower() or (b_scale if "," not in match.group("a") else "")
    low = _digits_value(match.group("a"), a_scale, before, "")
    high = _digits_value(match.group("b"), b_scale, "", after)
    if low is None or high is None or low >= high or (low < 1_000 and not (match.group("opener") or hedged)):
        return None
    if hedged and high > 2 * low:
        return None
    quantity = _hedged(text, match.start("a"), match.end(), low, approximate=True)
    if match.group("opener"):
        hedge = re.sub(r"\s+", " ", match.group("opener").lower())
        return Quantity(match.start(), quantity.end, match.start("a"), low, True, hedge)
    return quantity


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
    if _ODDS_AFTER.match(after):
        return None
    if match.group("fraction"):
        share = _VOCABULARY.fractions[re.sub(r"[\s-]+", " ", match.group("fraction").lower())]
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
    if not match.group("a") and words in _SCALES:
        return None  # "several thousand", "a few thousand": a scale with no number is vague
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
    # a stray letter between hedge and number is a typo ("around d 530,000")
    return re.compile(
        rf"(?<![\w.])(?P<hedge>{alternation(_VOCABULARY.hedges)})\s*(?:[a-z]\s+)?$",
        re.IGNORECASE,
    )


@cache
def _hedge_after_pattern() -> re.Pattern[str]:
    """ "1,200 or so", "1,200-odd", "300+", "300 plus": but "300 plus 20 guests" adds."""
    return re.compile(
        rf"(?:\s?(?P<sign>{_characters(_VOCABULARY.hedge_signs_after)})"
        rf"|[\s-]+(?P<hedge>{alternation(_VOCABULARY.hedges_after)})\b)(?![\s-]*(?:\d|(?:{_WORD})\b))",
        re.IGNORECASE,
    )


def _hedged(text: str, start: int, end: int, value: int, *, approximate: bool) -> Quantity:
    after = _hedge_after_pattern().match(text, end)
    if after is not None:
        end, approximate = after.end(), True
    hedge = _hedge_pattern().search(text, max(0, start - 40), start)
    if hedge is None:
        word = after and (after.group("sign") or re.sub(r"\s+", " ", after.group("hedge").lower()))
        return Quantity(start, end, start, value, approximate, word or None)
    return Quantity(hedge.start(), end, start, value, True, re.sub(r"\s+", " ", hedge.group("hedge").lower()))
