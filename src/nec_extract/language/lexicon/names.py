"""``models/names.json``: words that tell a person's name from other capitalised runs on a page."""

from __future__ import annotations

from functools import cache

from nec_extract.language.lexicon import Patterns, Vocabulary, Words, load


class NamesVocabulary(Vocabulary):
    FILE = "names.json"
    name_introducers: Patterns
    write_up_prepositions: Words
    time_words_before_a_month: Words  # "in June Reeves announced": the month is a time, not a first name
    representative_nouns: Words
    posting_verbs: Words
    surname_particles: Words
    non_person_words: Words
    edge_words: Words
    page_chrome_words: Words
    byline_openers: Words
    closing_byline_openers: Words  # a byline as a page's last line ("Posted by Jo Bloggs"), not "From Jo Bloggs"
    write_up_nouns: Words
    street_words: Words  # the last word of a street's name, on an address line under a signature
    sign_offs: Words
    female_first_names: Words
    male_first_names: Words


@cache
def names_vocabulary() -> NamesVocabulary:
    return load(NamesVocabulary)
