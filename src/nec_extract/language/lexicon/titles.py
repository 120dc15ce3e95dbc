"""``models/titles.json``: titles, honours and the words of role phrases, the one list of each."""

from __future__ import annotations

from functools import cache

from nec_extract.language.lexicon import Vocabulary, Words, load


class TitlesVocabulary(Vocabulary):
    FILE = "titles.json"
    role_taking_words: Words
    titles: Words
    abbreviated_titles: Words
    plural_titles: Words
    office_titles: Words
    honours: Words
    role_words: Words
    role_heads: Words
    role_abbreviations: dict[str, str]
    role_synonyms: dict[str, str]
    role_key_ignored: Words
    role_body_words: Words


@cache
def titles_vocabulary() -> TitlesVocabulary:
    return load(TitlesVocabulary)
