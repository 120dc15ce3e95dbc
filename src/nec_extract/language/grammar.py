"""Function words as regex fragments, built once from ``models/grammar.json``."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.grammar import grammar_vocabulary

_VOCABULARY = grammar_vocabulary()

#: the suffix of an ordinal day or number: "(?:st|nd|rd|th)"
ORDINAL_SUFFIX_RE = f"(?:{alternation(_VOCABULARY.ordinal_suffixes)})"
#: a form of "be" that makes a passive or a perfect: "was", "were", "been", "being"
PASSIVE_BE_RE = f"(?:{alternation(_VOCABULARY.passive_be_forms)})"
#: a determiner tying a noun to the body meeting: "the", "our", "its"
BODY_DETERMINER_RE = f"(?:{alternation(_VOCABULARY.body_determiners)})"


@cache
def with_group_nouns(own: tuple[str, ...]) -> tuple[str, ...]:
    """A reader's own nouns for people ("12 votes", "the governors"; "women elected"; "the left argued") and the
    nouns for a group of people, in the plural ("five councillors voted for", "Members pushed for ...")."""
    return (*own, *_VOCABULARY.group_nouns.plural)


def phrasal_verb_re(verb: str) -> str:
    """A phrasal verb with its object inside as well: "hold over" is also "hold it over", "put off" "put the item
    off"; not a particle that opens a phrase of its own ("hold the election over the summer")."""
    first, _, rest = verb.partition(" ")
    if not rest:
        return re.escape(first)
    inside = rf"\s+(?:it|them|this|that|these|those|the\s+(?:\w+\s+)?\w+)\s+{re.escape(rest)}(?!\s+(?:the|a|an)\b)"
    return rf"{re.escape(first)}(?:{inside}|\s+{re.escape(rest)})"
