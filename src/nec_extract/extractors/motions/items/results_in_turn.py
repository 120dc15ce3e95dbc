"""One line that tells two items, each with its own result, parted by a comma or a semicolon: "Amendment on the
parking charges defeated, substantive motion carried", "- Amendment on delegate quotas lost; main motion agreed".
Each item is a decision of its own (SPEC Rulings: one motion per decision), read as a sentence of its own.

Each part is short, opens with (at most two words before) one of the motion nouns (``motions.anaphoric_nouns``),
and ends in a result word of a table or digest (``motions.table_results``), perhaps after "was"/"were": a digest's
shorthand. A line opening with other words ("At conference last year the housing motion was carried, ...") is not
cut, nor a clause with any other verb ("the amendment fell, which meant the motion was carried as it stood")."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.text import Sentence

_MOST_ITEM_WORDS = 9
_MOST_WORDS_BEFORE_THE_NOUN = 2  # "the substantive motion", "our amendment"; not "At conference last year the motion"


@cache
def _two_results() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    nouns = either(v.anaphoric_nouns)
    results = either(tuple(v.table_results))
    item = rf"(?:(?![,;])\S+\s+){{0,{_MOST_WORDS_BEFORE_THE_NOUN}}}?"
    part = rf"{item}(?i:{nouns})\b(?:\s+(?![,;])\S+){{0,{_MOST_ITEM_WORDS}}}?\s+(?:(?i:was|were)\s+)?(?i:{results})"
    return re.compile(
        rf"(?P<lead>[ \t]*(?:[-•*·–]\s*)?)(?P<first>{part})\s*[,;]\s+(?:(?i:and|while|but)\s+)?(?P<second>{part})"
        r"[ \t]*\.?[ \t]*$"
    )


def results_in_turn(sentence: Sentence) -> list[Sentence]:
    """The sentence as one sentence per item when it tells two items each with its result; else as it is."""
    text = sentence.text
    if "," not in text and ";" not in text:
        return [sentence]
    found = _two_results().fullmatch(text)
    if found is None:
        return [sentence]
    return [
        Sentence(sentence.start + found.start(name), sentence.start + found.end(name), found[name])
        for name in ("first", "second")
    ]
