"""A meeting's decision to hold a ballot of the members: "voted to hold an all-member ballot on the changes", "gave the
go-ahead for a members' ballot", "opted for a ballot of all members". The ballot is what the meeting chose, not where
the members decided ("members voted in an all-member ballot", "noted the result of the ballot")."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.clause_filter import decision_forms
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.trie import trie_alternation

_FLAGS = re.IGNORECASE
_MOST_WORDS_BETWEEN = 8  # "agreed to put the new rules to an all-member ballot"


def ballot_decided(text: str, ballot_at: int) -> bool:
    """Whether a decision verb before the ballot's words takes the ballot as what was chosen."""
    verbs = list(_choosing_form().finditer(text, 0, ballot_at))
    if not verbs:
        return False
    between = text[verbs[-1].end() : ballot_at]
    means = either(decisions_vocabulary().motions.ballot_means_words)
    return len(between.split()) <= _MOST_WORDS_BETWEEN and not re.search(rf"\b(?:{means})\b|[,;:]", between, _FLAGS)


@cache
def _choosing_form() -> re.Pattern[str]:
    """A form of a decision verb that may choose a ballot ("decided", "backed", "gave"), not one of holding or
    winning it."""
    refused = {form.lower() for form in decisions_vocabulary().motions.ballot_not_chosen_forms}
    forms = [form for form in decision_forms() if form.lower() not in refused]
    return re.compile(rf"\b(?:{trie_alternation(forms)})\b", _FLAGS)
