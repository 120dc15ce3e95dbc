"""``models/grammar.json``: words every stage shares (ordinal suffixes, forms of "be", determiners, nouns for a
group of people)."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from nec_extract.language.lexicon import Patterns, Vocabulary, Words, load


class DecisionGrammar(BaseModel):
    """Function words as the motions and votes readers use them, each set named for where it is read."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    about: str = Field(alias="_about", min_length=1)
    title_name_joiners: Words  # "Committee of the Whole": small words inside a capitalised name
    body_place_prepositions: Words  # "the Labour group on Eastshire Council": where a body sits
    ordinal_of_pronouns: Words  # "the second of these"
    aside_quantities: Words  # "some of them – A, B and C –"
    group_pronouns: Words  # "of them", "of these"
    aside_counts: Words  # "two amendments – A and B –"
    object_not_an_infinitive_after_to: Words  # a decision verb's object: not "to the executive"
    object_determiners: Words  # "agreed the budget", "approved both"
    # "..., and it was carried", "It went through": the item just named, as its result's subject
    item_pronouns: Words
    label_result_pronouns: Words  # "– Rents: I abstained; it was carried anyway": the line's one item, settled
    told_object_pronouns: Words  # "referred it", "agreed to this": an outcome phrase that ends on its object
    request_item_pronouns: Words  # "asked for it to be withdrawn": the item inside a request to withdraw it
    argued_result_subjects: Words  # "..., but we lost", "..., and it was defeated": the subject of an argument's result
    describing_words: Words  # "the report of the review": something said of the noun
    # beyond the describing words, "the change to the fees", "the plan for the office", "the recommendation itself": the
    # noun names an item of its own, not the one before
    restating_noun_qualifiers: Words
    pointer_pronouns: Words  # "referred it": the item just put
    pointer_determiners: Words  # "referred the matter"
    item_determiners: Words  # "supported the motion"
    own_item_determiners: Words  # "the dates and the terms were agreed as a block", "an agreement was renewed"
    after_a_bare_object: Words  # "we backed it, as ...": what may follow the object alone
    list_be_forms: Words  # "the following were elected:"
    same_item_determiners: Words  # "this proposal", "the same amendment": the one before
    new_item_determiners: Words  # "a motion", "another amendment": a new item
    item_back_determiners: Words  # "the motion", "my proposal was defeated": the item a result is said of
    personal_pronouns: Words  # "she withdrew it": a person withdrew the item
    not_an_item_words: Words  # "which was agreed", "what was agreed": no item as the subject
    absolute_clause_determiners: Words  # ", with a motion to ... failing"
    participle_object_determiners: Words  # "Recalling the policies adopted": a participle clause
    attributive_determiners: Words  # "the losing candidate's supporters": a participle describing the noun after it
    not_a_noun_after_a_participle: Words  # "the motion was agreed by ...", "passed unanimously": no noun described
    described_item_determiners: Words  # "an amendment calling for ..."
    said_alone_determiners: Words  # an outcome said alone takes none of these after it
    subject_auxiliaries: Words  # a labelled item holds no verb
    question_words: Words  # "Changing how the reps are elected": an item's own question, whose verb is no subject's
    undertaking_not_before: Words  # "agreed to consider it" vs "deferred to the next meeting"
    after_a_headline: Words  # "Rule changes agreed at NEC"
    impersonal_subjects: Words  # "it was agreed"
    impersonal_be_forms: Words  # "it has been agreed"
    end_of_clause_joiners: Words  # "..., so Imran was elected, and ..."
    participle_be_forms: Words  # "was supported", "were not backed"
    absence_possessives: Words  # "moved in her absence"
    prepositions_before_a_name: Words  # "by Ann", "from Raj": a name that is no mover's subject
    not_a_mover_before: Words  # "would move": no mover yet
    pro_forms_after_do: Words  # "agreed to do so"
    lead_in_adverbs: Words  # "Then, the meeting agreed"
    passive_before_a_verb: Words  # "was moved by": passive, not the mover's own verb
    summary_determiners: Words  # the determiner a summary drops
    summary_end_be_forms: Words  # a summary ends before its verb
    summary_clause_openers: Words  # "that anyone who was a member": a verb after these is the proposal's own
    summary_words_before_a_proposed_result: Words  # "that the minutes be approved": a result proposed, not told
    summary_words_after_a_told_result: Words  # "fell by 12 votes", "withdrew it": what follows a result told
    new_subject_determiners: Words  # ", and the amendment was lost": a new subject
    new_subject_be_forms: Words
    result_pronouns: Words  # ", and it was carried": the result of what the clause before put
    verbs_after_that_as_a_pronoun: Words  # ", and that was agreed": "that" a pronoun, not opening a clause
    new_subject_contrasts: Words  # ", while a call for a review was defeated": a second item with its own result
    # "..., whereas the one on Y was passed", "..., though it agreed Y": a second clause set against the first
    contrast_joins: Words
    contrast_adverbs: Words  # "However, the one on Y was passed.": a sentence set against the one before
    moved_on_determiners: Words  # "moved to the next meeting": where an item went
    withdrawn_item_determiners: Words  # "withdrew her motion"
    # "The chair – as usual – agreed": words opening an aside between dashes, not an item labelled on its line
    line_label_asides: Words
    byline_openers: Words  # "Submitted by the secretary, Pat Mason": who wrote the report, no item put
    appointing_nouns: Words  # "the appointment of A as chair, and of B as treasurer": one choice per person
    mover_role_subjects: Words  # "the mover agreed to remit the motion": the mover, named by the role
    sentence_lead_words: Words  # "Then an emergency motion ...": before a subject noun
    put_item_determiners: Words  # "moved a motion", "tabled two amendments"
    existential_counts: Words  # "there were two motions"
    split_quantities: Words  # "some of them voted against": a split, not the body's vote
    argued_proposal_modals: Words  # "argued that only branches should nominate": what should be, not what is so
    decision_ahead_auxiliaries: Words  # "the NEC will take the decision to ...": a decision put ahead, not taken
    not_a_resolution_after_that: Words  # "That was the end of it": "that" as a pronoun, no resolution put
    verdict_object_determiners: Words  # "carried the motion 23-1-2", "agreed our two amendments 19:4"
    verdict_object_pronouns: Words  # "carried it 12/3/1": a verdict's object right before its counts
    vote_on_pronouns: Words  # "the vote on it was eleven to four": the item a vote was on
    item_alone_determiners: Words  # "..., and the motion as amended 16-1": an item alone in a tally's clause
    voters_place_determiners: Words  # "two councillors on the committee voted against": where the voters sit


class GroupNouns(BaseModel):
    """Nouns for a group of people at a meeting ("members", "delegates", "comrades"): the speakers, votes and motions
    readers each ask them, in the form they read, beside words of their own."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    singular: Words  # lemmas: "comrades, including A and B" (speakers)
    plural: Words  # "five councillors voted for", "the members elected", "Members pushed for ..." (votes, motions)


class GrammarVocabulary(Vocabulary):
    FILE = "grammar.json"
    sentence_abbreviations: Patterns
    ordinal_suffixes: Words
    passive_be_forms: Words
    body_determiners: Words
    demonstratives: Words
    relative_pronouns: Words
    negators: Words
    have_forms: Words
    past_be_forms: Words  # "was agreed", "were elected"
    floated_quantifiers: Words  # "they were both defeated": a quantifier after its subject
    contrast_words: Words  # "agreed it, but then sent it on": a clause of its own
    clause_opening_words: Words  # subordinators and relatives that open a clause
    future_auxiliaries: Words  # "will be deferred": told ahead
    opinion_modals: Words  # "agreement that it should ...": an opinion, not a decision
    irrealis_auxiliaries: Words  # "agreed that the fee would rise": a clause's auxiliary telling what is to be done
    not_an_infinitive_after_to: Words  # "to the meeting" is no infinitive
    modal_first_names: Words  # "Will presented the accounts": a first name the tagger reads as a modal
    group_nouns: GroupNouns
    decisions: DecisionGrammar


@cache
def grammar_vocabulary() -> GrammarVocabulary:
    return load(GrammarVocabulary)
