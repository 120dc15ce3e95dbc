"""``models/membership.json``: the words the membership extractor reads a figure's clause with."""

from __future__ import annotations

from functools import cache

from nec_extract.language.lexicon import Patterns, Vocabulary, Words, load


class MembershipVocabulary(Vocabulary):
    FILE = "membership.json"
    meeting_qualifiers: Words
    sentence_cues: Patterns
    auxiliaries: Words
    modal_words: Words
    prepositions: Words
    time_words: Words
    date_words: Words
    past_markers: Words
    rate_determiners: Words
    copulas: Words
    relative_pronouns: Words
    member_nouns: Words
    supporter_nouns: Words
    joiner_nouns: Words
    leaver_nouns: Words
    total_nouns: Words
    subject_words: Words
    extra_words: Words
    comparatives_up: Words
    comparatives_down: Words
    milestone_nouns: Words
    people_nouns: Words
    membership_topics: Words
    recruitment_nouns: Words
    recruiting_verbs: Words
    hedging_verbs: Words
    typo_targets: Words
    neutral_modifiers: Words
    subgroup_words: Words
    locative_prepositions: Words
    subgroup_verbs: Words
    sector_nouns: Words
    own_area_adjectives: Words  # "regional membership had grown to 3,410": the same, said by an adjective
    own_area_nouns: Words  # "membership in the region": the area of the body reporting
    welcoming_verbs: Words  # "welcomed two new members": to the table, or to the body (read by who welcomes)
    meeting_hosts: Words  # "the chair welcomed two new members": whoever opens a meeting welcomes its own new members
    seated_sections: Words  # "new members from the affiliated unions": the sections a committee seats
    own_place_names: dict[str, Words]  # "wales": the other words that name a body of it ("Welsh Executive")
    whole_places: Words
    partitive_determiners: Words
    electorate_words: Words
    ballot_nouns: Words
    dispatch_verbs: Words
    join_modifiers: Words
    leave_modifiers: Words
    arrears_words: Words
    arrears_periods: Words  # "are more than three months behind": how long behind
    arrears_objects: Words
    not_paid_phrases: Words
    join_phrases: Words  # idioms of joining: "came on board"
    leave_phrases: Words  # idioms of leaving: "walked away", "tore up their cards"
    join_words: Words
    leave_words: Words
    causative_verbs: Words
    join_verbs_before: Words
    leave_verbs_before: Words
    join_objects: Words
    join_object_nouns: Words
    increase_words: Words
    decrease_words: Words
    change_nouns: Words
    net_words: Words
    link_words: Words
    level_adverbs: Words
    subgroup_links: Words
    relative_links: Words
    subgroup_openers: Words
    bracket_totals: Words
    list_openers: Words
    age_openers: Words
    parallel_openers: Words
    comparison_links: Words
    comparison_words: Words
    clause_boundaries: Words
    sentence_starters: Words
    excluded_bodies: Words
    excluded_predicates: Words
    excluded_context: Words
    attendance_labels: Words
    identifier_nouns: Words  # "an interest in item 4 as a member of ...": a number after them names, not counts
    attendance_predicates: Words  # "seven of the nine members there": the part at a meeting of a committee's size
    attracting_verbs: Words  # "the meeting drew about sixty members to the hall": those who came, not the membership
    gatherings: Words  # "the hustings attracted 80 members" came to it (a stall attracting them recruited them)
    death_words: Words  # "two former members who died": remembered, not a fall
    former_words: Words
    given_to_words: Words  # "the fund has paid out to fourteen members": those it helped, not the membership
    scheme_heads: Words
    reporting_words: Words
    outreach_words: Words
    share_words: Words
    share_verbs: Words
    conditional_words: Words
    object_prepositions: Words
    threshold_hedges: Words
    rate_units: Words
    age_words: Words
    organisation_heads: Words
    body_name_heads: Patterns
    own_body_markers: Patterns
    meeting_bodies: Words
    labour_names: Words
    generic_party_names: Words
    party_heads: Words
    organisation_verbs: Words
    representing_verbs: Words
    unit_nouns: Words


@cache
def membership_vocabulary() -> MembershipVocabulary:
    return load(MembershipVocabulary)
