"""``models/clauses.json``: the breaks between clauses, for each reading that cuts a sentence into clauses."""

from __future__ import annotations

from functools import cache

from nec_extract.language.lexicon import Patterns, Vocabulary, load


class ClausesVocabulary(Vocabulary):
    FILE = "clauses.json"
    decision: Patterns
    decision_subject: Patterns
    tally: Patterns
    tense_before: Patterns
    tense_after: Patterns
    figure: Patterns
    another_time: Patterns


@cache
def clauses_vocabulary() -> ClausesVocabulary:
    return load(ClausesVocabulary)
