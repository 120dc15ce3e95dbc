"""The speakers extractor's vocabulary as sets: its own verb classes and nouns (``models/speakers.json``) and
the people service's titles, role words and name words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nec_extract.language.calendar import FULL_MONTH_RE
from nec_extract.language.grammar import BODY_DETERMINER_RE
from nec_extract.language.lexicon import alternation, pattern_alternation
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.lexicon.speakers import speakers_vocabulary
from nec_extract.language.people.forms import edge_words, non_person_words
from nec_extract.language.people.titles import role_abbreviations, role_heads, role_words, titles


@dataclass(frozen=True)
class Vocabulary:
    speech_verbs: frozenset[str]
    particle_verbs: dict[str, frozenset[str]]
    particle_free_objects: dict[str, frozenset[str]]
    transitive_only: frozenset[str]
    infinitive_only: frozenset[str]
    labelling_verbs: frozenset[str]
    wanting_verbs: frozenset[str]
    chairing_nouns: frozenset[str]
    wanted_to_learn: frozenset[str]
    locomotion_preps: frozenset[str]
    light_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    from_nouns: frozenset[str]
    put_forward_nouns: frozenset[str]  # "Two nominations: A and B": the names are who was put forward
    result_verbs: frozenset[str]  # "a motion from X was not agreed": X still moved it
    elliptical_item_words: frozenset[str]  # "the second, from X": an item of a list named before
    possessive_nouns: frozenset[str]
    possessive_gap_words: frozenset[str]
    receive_verbs: frozenset[str]
    opening_verbs: frozenset[str]
    meeting_nouns: frozenset[str]
    join_objects: frozenset[str]
    lead_in_verbs: frozenset[str]
    gerund_preps: frozenset[str]
    thank_words: frozenset[str]
    elsewhere_nouns: frozenset[str]
    media_nouns: frozenset[str]
    written_adjectives: frozenset[str]
    issued_nouns: frozenset[str]
    modal_auxiliaries: frozenset[str]
    personal_pronouns: frozenset[str]
    author_possessives: frozenset[str]
    author_agent_pronouns: frozenset[str]  # "moved by me"
    pair_pronouns: frozenset[str]  # "Candidates: A, B. Both gave a speech"
    hearsay_verbs: frozenset[str]  # "X is understood to have argued ..."
    vote_list_labels: tuple[str, ...]
    recorded_vote_cues: tuple[str, ...]
    chair_labels: tuple[str, ...]
    minute_roles: tuple[str, ...]
    minute_role_nouns: tuple[str, ...]
    procedural_verbs: frozenset[str]
    stance_verbs: frozenset[str]
    view_verbs: frozenset[str]
    past_like_present: frozenset[str]
    dated_event_nouns: frozenset[str]
    made_plain_words: frozenset[str]
    attempt_verbs: frozenset[str]
    attempted_acts: frozenset[str]
    with_clause_limiters: frozenset[str]
    motion_of_nouns: frozenset[str]
    answering_nouns: frozenset[str]
    following_verbs: frozenset[str]
    speaker_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    speaker_list_labels: tuple[str, ...]
    passive_act_verbs: frozenset[str]
    roster_labels: frozenset[str]
    election_words: frozenset[str]  # "Officers were elected. Chair: Jo Bloggs": a post filled, not who chaired
    author_possessive_nouns: frozenset[str]
    walkthrough_verbs: frozenset[str]
    gone_through_objects: frozenset[str]  # "went through the figures": what one goes through aloud
    role_determiners: frozenset[str]
    list_introducers: frozenset[str]
    people_groups: frozenset[str]
    source_particles: frozenset[str]
    object_preps: frozenset[str]
    conditional_marks: frozenset[str]
    past_perfect_auxiliaries: frozenset[str]
    elsewhere_preps: frozenset[str]
    other_time: re.Pattern[str]
    stance_adjectives: frozenset[str]
    stance_complement_preps: frozenset[str]
    partitive_words: frozenset[str]
    handover_verbs: frozenset[str]
    circulation_verbs: frozenset[str]
    negating_preps: frozenset[str]
    relative_pronouns: frozenset[str]
    attendance_marks: frozenset[str]
    tribute_words: frozenset[str]
    speech_forms: frozenset[str]
    cue_forms: frozenset[str]
    # from the people service
    titles: frozenset[str]
    role_words: frozenset[str]
    head_role_words: frozenset[str]
    role_abbreviations: dict[str, str]
    edge_words: frozenset[str]
    non_person_words: frozenset[str]


def _forms(lemma: str, irregular: dict[str, tuple[str, ...]]) -> set[str]:
    """Inflected forms of a verb, generously: they only pick the sentences worth parsing."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + lemma[-1] + "ed"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    return forms | set(irregular.get(lemma, ()))


def _cue_forms() -> frozenset[str]:
    """Words that make a sentence worth parsing: forms of speech, opening and cue verbs, speech nouns."""
    data = speakers_vocabulary()
    # light verbs, "from" and "by" only matter beside a speech noun or a name, so they are no cue alone
    verbs = set(data.speech_verbs) | set(data.opening_verbs) | set(data.cue_verbs) | set(data.view_verbs)
    verbs |= set(data.labelling_verbs)
    nouns = set(data.speech_nouns) | set(data.from_nouns) | set(data.speaker_nouns) | set(data.chairing_nouns)
    forms = {form for verb in verbs for form in _forms(verb, data.irregular_forms)}
    plurals = {n + "es" if n.endswith(("s", "sh", "ch", "x")) else n + "s" for n in nouns}
    plurals |= {n[:-1] + "ies" for n in nouns if n.endswith("y")}
    return frozenset(forms | nouns | plurals | set(data.cue_words) | set(data.stance_adjectives))


def _other_time() -> re.Pattern[str]:
    """A verb's modifier that puts the act at another time: "in 2015", "at the January meeting"."""
    data = speakers_vocabulary()
    earlier = rf"(?:{alternation(data.earlier_words)}|{FULL_MONTH_RE})"
    meeting = rf"^(?:at|in) {BODY_DETERMINER_RE} {earlier} (?:{alternation(data.occasion_nouns)})$"
    return re.compile(f"{pattern_alternation(data.other_time_patterns)}|{meeting}", re.IGNORECASE)


@cache
def vocabulary() -> Vocabulary:
    data = speakers_vocabulary()
    return Vocabulary(
        speech_verbs=frozenset(data.speech_verbs),
        particle_verbs={k: frozenset(v) for k, v in data.particle_verbs.items()},
        particle_free_objects={k: frozenset(v) for k, v in data.particle_free_objects.items()},
        transitive_only=frozenset(data.transitive_only),
        infinitive_only=frozenset(data.infinitive_only),
        labelling_verbs=frozenset(data.labelling_verbs),
        wanting_verbs=frozenset(data.wanting_verbs),
        chairing_nouns=frozenset(data.chairing_nouns),
        wanted_to_learn=frozenset(data.wanted_to_learn),
        locomotion_preps=frozenset(data.locomotion_preps),
        light_verbs=frozenset(data.light_verbs),
        speech_nouns=frozenset(data.speech_nouns),
        from_nouns=frozenset(data.from_nouns),
        put_forward_nouns=frozenset(data.put_forward_nouns),
        result_verbs=frozenset(data.result_verbs),
        elliptical_item_words=frozenset(data.elliptical_item_words),
        possessive_nouns=frozenset(data.possessive_nouns),
        possessive_gap_words=frozenset(data.possessive_gap_words),
        receive_verbs=frozenset(data.receive_verbs),
        opening_verbs=frozenset(data.opening_verbs),
        meeting_nouns=frozenset(data.meeting_nouns),
        join_objects=frozenset(data.join_objects),
        lead_in_verbs=frozenset(data.lead_in_verbs),
        gerund_preps=frozenset(data.gerund_preps),
        thank_words=frozenset(data.thank_words),
        elsewhere_nouns=frozenset(data.elsewhere_nouns) | frozenset(data.media_nouns),
        media_nouns=frozenset(data.media_nouns),
        written_adjectives=frozenset(data.elsewhere_written_adjectives),
        issued_nouns=frozenset(data.issued_nouns),
        modal_auxiliaries=frozenset(data.modal_auxiliaries),
        personal_pronouns=frozenset(data.personal_pronouns),
        author_possessives=frozenset(data.author_possessives),
        author_agent_pronouns=frozenset(data.author_agent_pronouns),
        pair_pronouns=frozenset(data.pair_pronouns),
        hearsay_verbs=frozenset(data.hearsay_verbs),
        vote_list_labels=data.vote_list_labels,
        recorded_vote_cues=data.recorded_vote_cues,
        chair_labels=data.chair_labels,
        minute_roles=data.minute_roles,
        minute_role_nouns=data.minute_role_nouns,
        procedural_verbs=frozenset(data.procedural_verbs),
        stance_verbs=frozenset(data.stance_verbs),
        view_verbs=frozenset(data.view_verbs),
        past_like_present=frozenset(data.past_like_present),
        dated_event_nouns=frozenset(data.dated_event_nouns),
        made_plain_words=frozenset(data.made_plain_words),
        attempt_verbs=frozenset(data.attempt_verbs),
        attempted_acts=frozenset(data.attempted_acts),
        with_clause_limiters=frozenset(data.with_clause_limiters),
        motion_of_nouns=frozenset(data.motion_of_nouns),
        answering_nouns=frozenset(data.answering_nouns),
        following_verbs=frozenset(data.following_verbs),
        speaker_nouns=frozenset(data.speaker_nouns),
        naming_verbs=frozenset(data.naming_verbs),
        speaker_list_labels=data.speaker_list_labels,
        passive_act_verbs=frozenset(data.passive_act_verbs),
        roster_labels=frozenset(data.roster_labels),
        election_words=frozenset(data.election_words),
        author_possessive_nouns=frozenset(data.author_possessive_nouns),
        walkthrough_verbs=frozenset(data.walkthrough_verbs),
        gone_through_objects=frozenset(data.gone_through_objects),
        role_determiners=frozenset(data.role_determiners),
        list_introducers=frozenset(data.list_introducers),
        people_groups=frozenset((*data.people_groups, *grammar_vocabulary().group_nouns.singular)),
        source_particles=frozenset(data.source_particles),
        object_preps=frozenset(data.object_preps),
        conditional_marks=frozenset(data.conditional_marks),
        past_perfect_auxiliaries=frozenset(data.past_perfect_auxiliaries),
        elsewhere_preps=frozenset(data.elsewhere_preps),
        other_time=_other_time(),
        stance_adjectives=frozenset(data.stance_adjectives),
        stance_complement_preps=frozenset(data.stance_complement_preps),
        partitive_words=frozenset(data.partitive_words),
        handover_verbs=frozenset(data.handover_verbs),
        circulation_verbs=frozenset(data.circulation_verbs),
        negating_preps=frozenset(data.negating_preps),
        relative_pronouns=frozenset(data.relative_pronouns),
        attendance_marks=frozenset(data.attendance_marks),
        tribute_words=frozenset(data.tribute_words),
        speech_forms=frozenset(form for verb in data.speech_verbs for form in _forms(verb, data.irregular_forms)),
        cue_forms=_cue_forms(),
        titles=titles(),
        role_words=role_words(),
        head_role_words=role_heads(),
        role_abbreviations=role_abbreviations(),
        edge_words=edge_words(),
        non_person_words=non_person_words(),
    )
