"""``models/grammar.json``: function words every stage shares (ordinal suffixes, forms of "be", determiners)."""

from __future__ import annotations

from functools import cache

from nec_extract.language.lexicon import Patterns, Vocabulary, Words, load


class GrammarVocabulary(Vocabulary):
    FILE = "grammar.json"
    sentence_abbreviations: Patterns
    ordinal_suffixes: Words
    passive_be_forms: Words
    body_determiners: Words


@cache
def grammar_vocabulary() -> GrammarVocabulary:
    return load(GrammarVocabulary)
