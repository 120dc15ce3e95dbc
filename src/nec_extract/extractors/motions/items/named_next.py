"""A counted plural decided in one sentence and its items named in the next ("The committee carried two emergency
resolutions. One condemned ..., the other called on ...", "Two rule amendments were approved. These are Rule 12,
..., and Rule 19, ..."): one motion per item named, each with its own words as evidence."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.items.counted import count_number, count_words
from nec_extract.language.lexicon.decisions import either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.text import Sentence

_FLAGS = re.IGNORECASE
# the most items one sentence names in turn
_MOST_NAMED = 6


@cache
def _counted_plural() -> re.Pattern[str]:
    """ "two emergency resolutions", "on two further issues", "three rule amendments": a count before a plural."""
    return re.compile(rf"\b(?P<n>{count_words(_MOST_NAMED)}|[2-6])\s+(?:[\w-]+\s+){{0,2}}?[\w-]+s\b", _FLAGS)


def counted(text: str) -> int:
    """How many items the sentence counts, if one count before a plural; else 0."""
    found = list(_counted_plural().finditer(text))
    if len(found) != 1:
        return 0
    return count_number(found[0]["n"])


@cache
def _opener() -> re.Pattern[str]:
    """ "These were", "They are": the words that open a sentence naming the items just counted."""
    pronouns = either(grammar_vocabulary().decisions.group_pronouns)
    return re.compile(rf"^\W*(?:{pronouns})\s+(?:were|are)\s+(?:(?:as\s+follows|namely)\W+)?", _FLAGS)


_ONE_AND_THE_OTHER = re.compile(r"^\W*one\b.+?(?P<cut>[,;]\s+(?:and\s+|while\s+)?the\s+other\b)", _FLAGS)
# where the items of a list part, the surest first: "A; B", "A, and B", "A and B"
_SEPARATORS = (r";\s+(?:and\s+)?", r",\s+and\s+", r"\s+and\s+")


def named_items(sentence: Sentence, count: int) -> list[Sentence]:
    """The ``count`` items the sentence names, as parts of it, or [] if it names another number of them."""
    text = sentence.text.rstrip(" .")
    pair = _ONE_AND_THE_OTHER.match(text)
    if pair is not None and count == 2:
        cuts = [(0, pair.start("cut")), (pair.start("cut"), len(text))]
        return [_part(sentence, a, b) for a, b in cuts]
    opener = _opener().match(text)
    if opener is None:
        return []
    for separator in _SEPARATORS:
        bounds = [opener.end()]
        for match in re.finditer(separator, text[opener.end() :]):
            bounds += [opener.end() + match.start(), opener.end() + match.end()]
        bounds.append(len(text))
        parts = list(zip(bounds[::2], bounds[1::2], strict=True))
        if len(parts) == count:
            return [_part(sentence, a, b) for a, b in parts]
    return []


def _part(sentence: Sentence, start: int, end: int) -> Sentence:
    text = sentence.text[start:end]
    lead = len(text) - len(text.lstrip(" ,;"))
    return Sentence(sentence.start + start + lead, sentence.start + end, text[lead:])
