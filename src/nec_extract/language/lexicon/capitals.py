"""``models/capitals.json``: how words printed in capitals are read: the acronyms kept so, the small words read in
lower case in a heading and in a sentence."""

from __future__ import annotations

from functools import cache

from nec_extract.language.lexicon import Vocabulary, Words, load


class CapitalsVocabulary(Vocabulary):
    FILE = "capitals.json"
    acronyms: Words  # "NEC", "GMB", "UNISON": kept in capitals
    title_small_words: Words  # "of", "the": lower case in a heading read in title case
    # "was", "our": lower case in a sentence (as the title's small words are), though the page writes them only in
    # capitals
    lower_case_words: Words
    running_text_endings: Words  # "-ed", "-ing", "-ly": a word of a sentence so ended is no name ("REPORTED")


@cache
def capitals_vocabulary() -> CapitalsVocabulary:
    return load(CapitalsVocabulary)
