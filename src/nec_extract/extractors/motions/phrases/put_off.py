"""A decision to take an item up later: "agreed to take the motion at a later meeting", "decided to consider the
amendment again in the new year", "chose to await the review before deciding on the rule change": the item is
deferred, though the verb of considering alone ("agreed to look at it") decides nothing."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.calendar import FULL_MONTH_RE
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either, pointing_pronouns

_FLAGS = re.IGNORECASE


def put_off_to_later(clause: str) -> bool:
    """Whether the infinitive clause takes an item (a motion noun, or a pronoun for it) up at a later time, or waits
    for something before deciding on it; or the that-clause says the item will be decided at a later meeting ("that
    the nominations will be decided at the January meeting")."""
    return bool(
        _taken_later().match(clause)
        or _waited_for().match(clause)
        or _decided_later().match(clause)
        or _taken_up_once().match(clause)
    )


def _item() -> str:
    v = decisions_vocabulary()
    nouns = either(v.clauses.items)
    pointer = rf"(?:{pointing_pronouns()})\b"
    return rf"(?:{pointer}|(?:the|this|that|its|our|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})s?\b)"


def _later(months: bool = False) -> str:
    """ "at a later meeting", "until the next session", and with ``months`` "at the January meeting": a time after
    this meeting."""
    w = decisions_vocabulary().put_off_to_later
    when = rf"{either(w.later_adjectives)}|{FULL_MONTH_RE}" if months else either(w.later_adjectives)
    return (
        rf"(?:{either(w.later_prepositions)})\s+(?:a|an|the|its|our|their|this)\s+(?:{when})\s+(?:[\w-]+\s+)?"
        rf"(?:{either(w.later_nouns)})\b"
    )


@cache
def _decided_later() -> re.Pattern[str]:
    """ "that the region's nominations will be decided at the January meeting": the item's decision set for later."""
    w = decisions_vocabulary().put_off_to_later
    return re.compile(
        rf"\W*that\s+[^;:.]{{1,100}}?\b(?:will|would|should|shall|is\s+to|are\s+to)\s+be\s+"
        rf"(?:{either(w.later_deciding_verbs)})\s+{_later(months=True)}",
        _FLAGS,
    )


@cache
def _taken_up_once() -> re.Pattern[str]:
    """ "to raise this when the new committee is in post", "to revisit it once the audit is done": the item taken up
    after something yet to happen."""
    w = decisions_vocabulary().put_off_to_later
    return re.compile(
        rf"\W*to\s+(?:{either(w.taking_up_verbs)})\s+{_item()}\s+(?:again\s+)?(?:{either(w.once_words)})\s", _FLAGS
    )


@cache
def _taken_later() -> re.Pattern[str]:
    """ "to take the motion on fares at a later meeting", "to hold it over until the next meeting"."""
    return re.compile(rf"\W*to\s+[a-z]+(?:\s+(?:at|up|on|to|over))?\s+{_item()}[^,;.:]{{0,80}}?\s{_later()}", _FLAGS)


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
