"""``models/dates.json``: the words of the date engine (cues, checks, steps of relative words)."""

from __future__ import annotations

from functools import cache

from nec_extract.language.lexicon import Vocabulary, Words, load


class DatesVocabulary(Vocabulary):
    FILE = "dates.json"
    # the tense of a mention's clause
    future_cues: Words
    past_cues: Words
    # checks: a month word that is another word or a name, a weekday used as a time, a number that is a year
    months_also_words: Words
    months_also_first_names: Words
    openers_before_a_month: Words
    pronouns: Words
    weekday_lead_words: Words
    weekday_time_of_day: Words
    count_nouns: Words
    year_lead_words: Words
    measure_after_number: Words
    # a report that calls its meeting "yesterday" was written the day after
    meeting_words: Words
    # forms: "4 to 9 March", "last May", "yesterday", "the third quarter"
    range_joiners: Words
    shifts: dict[str, int]
    days_from_today: dict[str, int]
    quarter_ordinals: dict[str, int]
    # a link's words inside a report ("Continue reading ...") hold no mention
    link_texts: Words


@cache
def dates_vocabulary() -> DatesVocabulary:
    return load(DatesVocabulary)
