"""``models/dates.json``: the words of the date engine (cues, checks, steps of relative words)."""

from __future__ import annotations

from functools import cache

from nec_extract.language.lexicon import Patterns, Vocabulary, Words, load


class DatesVocabulary(Vocabulary):
    FILE = "dates.json"
    web_address_endings: Words
    # the tense of a mention's clause
    future_cues: Words
    past_cues: Words
    # "the clerk reported that the renewal was due on 1 June": past cues of a plan that reported speech backshifts
    past_cues_of_a_plan: Words
    # "The AGM in March elected a new chair": a verb in the past right after a date in the clause's subject (or
    # after its subject, the date opening the clause) looks back; a word in "-ed" is one unless listed here;
    # "was"/"were" not before a participle nor these ("The ballot in May was to ...")
    past_verbs_after_a_date: Words
    # "The GS said the elections in May were vital": in reported speech the past is the speaker's, not the date's
    reporting_verbs_before_a_clause: Words
    words_in_ed_not_past: Words
    words_after_was_not_past: Words
    # "agreed to ballot": what was agreed lies ahead, the agreeing does not (a mention before it is past)
    decisions_to_act: Words
    # the day a decision was taken, said right after its verb: "voted on Tuesday to suspend ..."
    decision_verbs_before_day: Words
    # "met in London on Wednesday", "met online on Tuesday": where the meeting was, between its verb and day
    places_between_a_verb_and_its_day: Patterns
    # "the code agreed in March": a decision's participle right before "in" and a month looks back
    decided_things_before_in: Words
    stops_in_a_participle_object: Words  # "agreed to hold a ballot in March": no object, a clause of its own
    # "will now set up a group in May", "to form a panel in June": a participle that is also a base form, told ahead
    modals_before_a_base_form: Words
    baselines_before_a_figure: Words  # "down from 432,000 in January": a figure's earlier value
    # "by 30 June": a deadline right before a date lies ahead (unless the clause tells of the past)
    deadline_words_before_a_date: Words
    # "a campaign strategy for the May elections", "plans are continuing for a conference in June": what a plan
    # is for lies ahead
    plans_before_for: Words
    # "wants every ward to have had a leaflet by Christmas", "will have had the report by May": the "had" of what
    # is to be done by a date is no past
    perfects_ahead_before_had: Words
    # an event named by its date ("the policy conference in July"): after "to" or "for", what something is sent,
    # asked for or moved to, whose date the tense of the sending or asking does not place
    events_named_by_their_date: Words
    # "to defer the whole question to Conference in June": an item moved, its object between, to a dated event
    moves_of_an_item_to_an_event: Words
    # a time named by the date after it: "for the weekend of 11 March", "for the week commencing 4 May"; after the
    # past perfect, what had been booked or arranged for it lies where its date puts it, not behind the meeting
    times_named_by_their_date: Words
    # "moved to Saturday", "held over to the May meeting": the day something is moved to, right before it, lies
    # ahead, whatever the clause's tense
    moves_before_a_date: Words
    # figures that read as a day and month but are an idiom: "open 24/7"
    figures_never_a_day: Words
    # "moved from 5 June to 12 June": the day something is moved from and the day it is moved to, two dates and
    # no range
    moves_from_a_date: Words
    # what is paid or applied back to a date lies behind ("the award is backdated to April")
    reaching_back_to_a_date: Words
    # a date given as the alternative to one written with its year ("in March 2013 rather than February")
    alternative_joiners: Words
    # "in place since 11 November, was extended to 31 March": these cues give the tense of their own date only
    cues_bound_to_their_date: Words
    # checks: a month word that is another word or a name, a weekday used as a time, a number that is a year
    months_also_words: Words
    # a month name that with the next word names a day of its own ("May Day"), no month
    month_names_of_a_day: Words
    # "the March for the Alternative": a month that is also a word, between these, is that word
    articles: Words
    words_after_an_event: Words
    months_also_first_names: Words
    # abbreviations that are read as a month only with a day or a year ("Mar" is a word)
    abbreviations_never_alone: Words
    openers_before_a_month: Words
    pronouns: Words
    weekday_lead_words: Words
    weekday_time_of_day: Words
    # "with conference opening on Sunday 26 September ... on the Tuesday": the day an event of some days opens on
    openings_before_a_day: Words
    # a weekday before one of these is a day: "the NEC's Tuesday meeting"
    meeting_nouns_after_a_weekday: Words
    count_nouns: Words
    year_lead_words: Words
    # "Vision 2020", "Project 2025": a name, not a year
    programme_words: Words
    # "Room 2019", "Ref: 2020", "membership number 2021": a number after these is an identifier, not a year
    identifier_words_before_a_number: Words
    measure_after_number: Words
    # a report that calls its meeting "yesterday" was written the day after
    meeting_words: Words
    # forms: "4 to 9 March", "last May", "yesterday", "the third quarter"
    range_joiners: Words
    shifts: dict[str, int]
    days_from_today: dict[str, int]
    quarter_ordinals: dict[str, int]
    # an ordinal that makes no quarter of the meeting's year with no year after it ("the last quarter": the latest)
    quarter_ordinals_never_alone: Words
    # "the first quarter since 2008", "the second quarter in a row": a count of quarters, no quarter of a year
    words_after_a_quarter_in_a_series: Words
    # a day of the month as a word, in formal minutes: "the fourteenth of June", "the twenty-first day of March"
    day_ordinal_words: dict[str, int]
    day_ordinal_tens: dict[str, int]
    # "the day before": counted from the meeting day
    days_from_the_meeting: dict[str, int]
    # "before Christmas", "over the Christmas break": a holiday is a date before these; before another word
    # it names a thing ("the Christmas lights", "Easter eggs")
    words_after_a_holiday_date: Words
    # "the end of the year": the anchor's year or month
    parts_of_a_period: Words
    # "on the 6th": a day whose month the report has just named
    lead_words_before_a_bare_day: Words
    # a day and month in figures with no year is a day after one of these (or a weekday): "runs 17/10 to 7/11",
    # "w/c 24/10", "on 25/3", "Tue 25/3"; not after "by" or "to", which come before scores ("carried by 12/3")
    words_before_a_day_in_figures: Words
    # a number in figures with full stops after one of these is a part's number, not a day: "Clause 1.2.10"
    numbered_part_words: Words
    # a day without "the" after one of these and "on": "The NEC met on 12th"
    meeting_verbs_before_a_bare_day: Words
    words_after_a_bare_day: Words
    # "Christmas": a day of the year as "MM-DD", or "easter+N" days from Easter Sunday
    holidays: dict[str, str]
    # a link's words inside a report ("Continue reading ...") hold no mention
    link_texts: Words


@cache
def dates_vocabulary() -> DatesVocabulary:
    return load(DatesVocabulary)
