"""Verbs that settle an item only when the item is their object: "voted to oppose the motion" defeats it, but
"voted to oppose the cuts" is a stance the meeting took, carried; "agreed to withdraw it" withdraws it, but
"agreed to withdraw from the federation" and "voted 9-2 to drop the charge" are decisions carried."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.lexicon.decisions import decisions_vocabulary, either, pointing_pronouns


def acts_on_another_thing(verb: str, rest: str) -> bool:
    """Whether ``verb`` ("to oppose", "voted to withdraw") is such a verb and ``rest``, the words after it, do not
    open with an item put to the meeting or a pronoun for one."""
    v = decisions_vocabulary().clauses
    if verb.split()[-1].lower() not in (*v.stances_against, *v.item_only_acts):
        return False
    return _an_item_or_pronoun().match(rest) is None


@cache
def _an_item_or_pronoun() -> re.Pattern[str]:
    v = decisions_vocabulary()
    return re.compile(
        rf"\s*(?:(?:{pointing_pronouns()})\b|(?:[\w'’-]+\s+){{0,3}}?(?:{either(v.clauses.items)})s?\b)", re.IGNORECASE
    )
