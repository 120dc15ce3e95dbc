"""A second item given the first one's result by "as was": "The minutes were approved, as were the accounts", "The
motion fell, as did the amendment"."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.records.draft import Draft, strong
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.models import MotionKind, Outcome

_FLAGS = re.IGNORECASE


def with_likewise(index: int, reading: Reading, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` and, when the sentence's one decided item is followed by ", as were <item>", that item with the
    same result; the first item's evidence then stops before it."""
    if len(drafts) != 1 or drafts[0].outcome is Outcome.UNKNOWN:
        return drafts
    sentence = reading.sentence
    match = _likewise().search(sentence.text)
    if match is None or match["word"].lower() in decisions_vocabulary().motions.likewise_not_items:
        return drafts
    first = drafts[0]
    item = match["item"]
    kind = kind_of(item)[0] or MotionKind.OTHER
    second = Draft(index, index, kind, item, strong(), first.outcome)
    second.start, second.end = sentence.start + match.start("as"), sentence.end
    if first.end is None or first.end > sentence.start + match.start():
        first.end = sentence.start + match.start()
    return [first, second]


@cache
def _likewise() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    determiners = either(grammar_vocabulary().decisions.summary_determiners)
    item = rf"(?P<item>(?:{determiners})\s+(?P<word>[\w'’-]+)[^.;]*)"
    return re.compile(rf",\s+(?P<as>as)\s+(?:{either(v.likewise_verbs)})\s+{item}", _FLAGS)
