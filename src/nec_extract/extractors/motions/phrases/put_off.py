"""A decision to take an item up later: "agreed to take the motion at a later meeting", "decided to consider the
amendment again in the new year", "chose to await the review before deciding on the rule change": the item is
deferred, though the verb of considering alone ("agreed to look at it") decides nothing."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.lexicon.decisions import decisions_vocabulary, either, pointing_pronouns

_FLAGS = re.IGNORECASE


def put_off_to_later(clause: str) -> bool:
    """Whether the infinitive clause takes an item (a motion noun, or a pronoun for it) up at a later time, or waits
    for something before deciding on it."""
    return bool(_taken_later().match(clause) or _waited_for().match(clause))


def _item() -> str:
    v = decisions_vocabulary()
    nouns = either(v.clauses.items)
    pointer = rf"(?:{pointing_pronouns()})\b"
    return rf"(?:{pointer}|(?:the|this|that|its|our|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})s?\b)"


@cache
def _taken_later() -> re.Pattern[str]:
    """ "to take the motion on fares at a later meeting", "to hold it over until the next meeting"."""
    w = decisions_vocabulary().put_off_to_later
    later = (
        rf"(?:{either(w.later_prepositions)})\s+(?:a|an|the|its|our|their|this)\s+(?:{either(w.later_adjectives)})\s+"
        rf"(?:[\w-]+\s+)?(?:{either(w.later_nouns)})\b"
    )
    return re.compile(rf"\W*to\s+[a-z]+(?:\s+(?:at|up|on|to|over))?\s+{_item()}[^,;.:]{{0,80}}?\s{later}", _FLAGS)


def waits_to_decide(sentence: str) -> bool:
    """Whether the sentence waits for something before deciding on an item ("decided to await the review before
    deciding on the rule change"): the deciding named after "before" is not yet done, no decision of its own."""
    return any(_waited_for().match(sentence, m.start()) for m in re.finditer(r"\bto\s", sentence))


@cache
def _waited_for() -> re.Pattern[str]:
    """ "to await the review before deciding on the rule change", "to wait for the audit before taking a view on it"."""
    w = decisions_vocabulary().put_off_to_later
    return re.compile(
        rf"\W*to\s+(?:{either(w.waiting_verbs)})\b[^;:.]{{1,80}}?\bbefore\s+[a-z]+ing\b[^;:.]{{0,40}}?\s{_item()}",
        _FLAGS,
    )
