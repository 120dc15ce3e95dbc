"""``models/speakers.json``: the verb classes and nouns by which a sentence says someone spoke at the meeting."""

from __future__ import annotations

from functools import cache

from nec_extract.language.lexicon import Patterns, Vocabulary, Words, load


class SpeakersVocabulary(Vocabulary):
    FILE = "speakers.json"
    roll_call_stances: Patterns
    agenda_time_units: Words
    speech_verbs: Words
    particle_verbs: dict[str, Words]
    particle_free_objects: dict[str, Words]
    procedural_verbs: Words
    stance_verbs: Words
    view_verbs: Words
    dated_event_nouns: Words  # "raised the decision last month to ...": the date is the decision's, not the act's
    past_like_present: Words  # "I put forward a proposal": a past tense the tagger may read as present
    made_plain_words: Words
    attempt_verbs: Words
    attempted_acts: Words
    with_clause_limiters: Words
    motion_of_nouns: Words
    answering_nouns: Words
    following_verbs: Words
    speaker_nouns: Words
    naming_verbs: Words
    speaker_list_labels: Words
    roster_labels: Words
    election_words: Words
    passive_act_verbs: Words
    author_possessive_nouns: Words
    walkthrough_verbs: Words
    gone_through_objects: Words
    transitive_only: Words
    infinitive_only: Words
    labelling_verbs: Words
    wanting_verbs: Words
    chairing_nouns: Words
    wanted_to_learn: Words
    locomotion_preps: Words
    light_verbs: Words
    speech_nouns: Words
    from_nouns: Words
    put_forward_nouns: Words
    result_verbs: Words
    elliptical_item_words: Words
    possessive_nouns: Words
    possessive_gap_words: Words
    receive_verbs: Words
    opening_verbs: Words
    meeting_nouns: Words
    join_objects: Words
    lead_in_verbs: Words
    gerund_preps: Words
    thank_words: Words
    elsewhere_nouns: Words
    media_nouns: Words
    elsewhere_written_adjectives: Words
    issued_nouns: Words
    modal_auxiliaries: Words
    personal_pronouns: Words
    vote_list_labels: Words
    recorded_vote_cues: Words
    chair_labels: Words
    minute_roles: Words
    minute_role_nouns: Words
    irregular_forms: dict[str, Words]
    cue_verbs: Words
    cue_words: Words
    author_possessives: Words
    author_agent_pronouns: Words
    pair_pronouns: Words
    hearsay_verbs: Words
    role_determiners: Words
    list_introducers: Words
    # lemmas of nouns for a group of people a list may name ("comrades, including A and B"), beside grammar's group
    # nouns (singular)
    people_groups: Words
    source_particles: Words
    object_preps: Words
    conditional_marks: Words
    past_perfect_auxiliaries: Words
    elsewhere_preps: Words
    other_time_patterns: Patterns
    earlier_words: Words
    occasion_nouns: Words
    stance_adjectives: Words
    stance_complement_preps: Words
    partitive_words: Words
    handover_verbs: Words
    circulation_verbs: Words
    negating_preps: Words
    relative_pronouns: Words
    attendance_marks: Words
    tribute_words: Words


@cache
def speakers_vocabulary() -> SpeakersVocabulary:
    return load(SpeakersVocabulary)
