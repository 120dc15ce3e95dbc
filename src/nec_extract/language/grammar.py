"""Function words as regex fragments, built once from ``models/grammar.json``."""

from __future__ import annotations

from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.grammar import grammar_vocabulary

_VOCABULARY = grammar_vocabulary()

#: the suffix of an ordinal day or number: "(?:st|nd|rd|th)"
ORDINAL_SUFFIX_RE = f"(?:{alternation(_VOCABULARY.ordinal_suffixes)})"
#: a form of "be" that makes a passive or a perfect: "was", "were", "been", "being"
PASSIVE_BE_RE = f"(?:{alternation(_VOCABULARY.passive_be_forms)})"
#: a determiner tying a noun to the body meeting: "the", "our", "its"
BODY_DETERMINER_RE = f"(?:{alternation(_VOCABULARY.body_determiners)})"
