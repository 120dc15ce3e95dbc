"""``models/decisions.json``: the words of decisions, for the motions and votes extractors.

Outcome words, decision verbs, motion nouns and unanimity words are each defined here once.
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import ConfigDict, Field

from nec_extract.language.lexicon import Patterns, Section, Vocabulary, Words, alternation, load
from nec_extract.language.lexicon.outcome_sections import (
    AdverbedVerdicts,
    ItemVerdicts,
    LaterWords,
    PassedThrough,
    ShortfallWords,
    VotersCounted,
)
from nec_extract.models import Outcome


class Phrases(Section):
    """Literal words, and patterns where a list of words cannot say it."""

    words: Words
    patterns: Patterns = ()

    def fragments(self) -> list[str]:
        """Each word as a regex, then each pattern."""
        return [alternation([word]) for word in self.words] + list(self.patterns)

    def regex(self) -> str:
        """One alternation of both, longest first (so that "agreed to withdraw" is tried before "agreed")."""
        return _phrases_regex(self)


class OutcomeWords(Section):
    """The phrases of each outcome a decision can have."""

    carried: Phrases
    defeated: Phrases
    withdrawn: Phrases
    remitted: Phrases
    deferred: Phrases

    def by_outcome(self) -> list[tuple[Outcome, Phrases]]:
        return [(Outcome(name), getattr(self, name)) for name in type(self).model_fields]


class TallyLabels(Section):
    """The words that label a count: "16 for", "Against: 3", "two abstentions"."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    for_: Words = Field(alias="for")
    against: Words
    abstentions: Words


class StanceLabels(Section):
    """Verbs that count voters on a side: "21 members supported the motion and 4 opposed it"."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    for_: Words = Field(alias="for")
    against: Words


class TallyWords(Section):
    labels: TallyLabels
    # "Yes: 11, No: 4", "three voted no": a side named by the answer; a label only after a vote verb, after a colon,
    # or beside the other side so named
    answers: StanceLabels
    voter_nouns: Words  # "five councillors voting for", "12 votes": beside grammar's group nouns (plural)
    count_verbs: Words  # between a count and its label: "6 votes having been cast for"
    stance_labels: StanceLabels
    each_side: Words  # "tied at 15 each": both sides the same count
    unanimous: Phrases
    not_unanimous_before: Words
    unanimity_nouns: Words  # "the decision was taken without dissent", "there was unanimous agreement to ...": a
    # decision told as a noun (taken, or called unanimous), whose unanimity word is the vote's
    unanimity_light_verbs: Words  # "taken", "reached": the verb that says such a decision was made
    none_against: Phrases
    none_abstaining: Phrases  # "26 for, 9 against, no abstentions": a count of nought among counts
    table_result_columns: Words  # "Result", "Outcome": a result table's column that gives each row's outcome
    named_abstainer_verbs: Words  # "21 to 9, with Cllr Reid abstaining": each person named one abstention
    vote_context: Words
    not_tally_context: Phrases
    members_ballots: Phrases  # "the all-member ballot", "a ballot of Young Labour members": the wider membership
    own_ballot_words: Words  # "a secret ballot of EC members": a ballot the meeting holds itself
    own_body_voters: Words  # "a ballot of GPEx members", "ballot of committee members": the meeting's own members
    named_bodies: Words  # "Camden council voted 30-15" under a title not naming Camden: another body's tally
    generic_bodies: (
        Words  # "the full council approved it 31-25" in a group's notes: another meeting unless the title names it
    )
    legislatures: Words  # "Parliament voted 320-290": a division of a legislature, written as named
    party_bodies: Words  # "The PLP voted 180-20": a body of the movement other than the meeting, unless titled
    contest_nouns: Words  # "the selection was won by 12,453 votes to 11,901": a contest counted in thousands
    candidate_total_verbs: Words
    candidate_count_verbs: Words
    units_after_range: Words
    before_a_range: Words
    casting_vote_for: Words
    casting_vote_against: Words
    reject_verbs: Words
    # "voted against opening talks, by 21 votes to 14": a finite vote against the item, its pair after a comma
    against_the_item_verbs: Words
    # "It got 20 votes to 13, which was not enough, and so falls": the item's own votes first, short of the
    # qualified majority it needed; defeated, the counts as written
    item_got_verbs: Words
    short_of_a_majority: Words
    winner_verbs: Words
    # "opted for the members' ballot, 19 votes to 12": the meeting choosing a ballot, its tally the meeting's own
    ballot_chosen_verbs: Words
    one_singled_out: Words  # "Both were passed, the one on housing unanimously": one item of several singled out
    counted_things: Words
    before_a_rival_count: Words  # "Ann 20, against 14 for Raj": the words before a runner-up's total
    candidate_list_cues: Words  # "Candidates: Ann Lee 20, Raj Patel 14": words that make a list of totals an election
    stance_objects: Words  # "4 opposed it": what a stance verb takes
    tie_words: Words  # "the vote was tied at 15 each"
    cue_words: Phrases  # a sentence with no digit holds one of these (or a stance) if it holds a tally
    pair_joiners: Words  # "10-14, and 9-15": a second pair joined to a first
    verdicts_before_a_pair: Words  # "it went through eleven to four": a pair in words right after its result
    verdicts_before_a_slashed_count: Words  # minutes' shorthand: "Carried 12/3/1", "Lost 4:7:0"
    beating_verbs: Words  # "X beat Y by 313,209 votes to 193,229": a ballot of the members, counted in thousands
    split_words: Words  # "the meeting split 9-7": a pair that is a vote whatever the clause
    count_limiters: Words  # "received only five votes"
    numbering_nouns: Words  # "motion 20 to 23": a range only right before the number, not "the motion by 20 to 3"
    support_nouns: Words  # "won the support of 24 members": the votes for, counted as voters
    elliptical_pair_asides: Words  # "Same result, more or less, 12-19.": words between the opener and a pair alone
    writer_side_openers: Words  # "We lost. 11 to 15.": a result of the writer's side, not of the item


class NewPaperWords(Section):
    """ "A fuller paper will come back in July", "A paper will come back in the new year", "terms of reference to
    come to the next meeting": a paper still to be written, promised; no item deferred."""

    determiners: Words  # "a", "some": the paper is a new one, not the item the meeting had before it
    adjectives: Words
    nouns: Words
    arriving_words: Words  # "come back", "follow": what the promised paper will do


class AnotherTimeWords(Section):
    """What ties a date to a decision or tally told of another time ("back in 2019 the NEC voted 24-6")."""

    links: Words  # "in", "on", "at its": the words that make a date the time of the clause's act
    plan_words: Words  # "agreed to hold it in July": between the act and a date, a plan's date, not the act's
    naming_words: Words  # "agreed the minutes of the meeting held on 3 May": between them, the date names a thing
    value_setting_forms: Words  # "The freeze date was set at 12 January": the date is the value set, not the act's
    comparison_words: Words  # "a larger deficit than last year": a date compared with, not the act's time
    # "Following the motion carried at last year's conference, the NEC set up ...": a fronted phrase naming what the
    # meeting now acts on; its date is that thing's, and the main clause's act is this meeting's
    consequence_openers: Words


class MotionNouns(Section):
    """The nouns that name each kind of motion, in the order a tie at one place is broken."""

    rule_change: Phrases
    amendment: Phrases
    motion: Phrases
    proposal: Phrases
    report: Phrases
    other: Phrases


class NotADecision(Section):
    clause_openers: Phrases
    objects: Words


class ImpersonalVerbs(Section):
    decided: Words
    proposed: Words


class MotionWords(Section):
    nouns: MotionNouns
    mover_verbs: Words
    strong_mover_verbs: Words
    request_verbs: Words
    consideration_verbs: Words
    debate_verbs: Words
    mover_labels: Words
    seconder_labels: Words  # "Seconded: Sam Idle", "Sec. Sam Idle": the labels of a seconder in minutes
    organisation_nouns: Words  # "from Eastgate ward": a name before one of these is no person's
    arrival_verbs: Words  # "Two motions came to us from ...": items before the meeting
    ordinals: dict[str, int]  # "the second" of items counted together; -1 the last
    bare_item_qualifiers: Words  # "the substantive motion", "the amended motion": the one moved before
    bare_item_states: Words  # "the motion as drafted", "as it stood": the one moved before, in some state
    put_nouns: Words  # "For the motion: 12", "voted on the amendment": the heads of the items put to a vote
    asking_nouns: Words  # "my suggestion that the lists be put to an OMOV ballot": items that ask, beyond put_nouns
    meeting_verbs: Words  # "the NEC met": an acronym before one of these names a body
    carried_by_means: Words  # "agreed by acclamation": how an item was carried, not by whom
    umbrella_objects: Words  # "agreed as follows:": what an umbrella's verb may take before its colon
    election_qualifier_openers: Words  # "elected unopposed", "elected by 12 votes": how, not to what role
    description_openers: Words  # "a motion calling for ...": the words that open an item's description
    item_description_openers: Words  # "the amendment opposing ...": the same, after a described item's noun
    openers_after_the_mover: Words  # "a motion from Eastgate ward to ...": the words after the mover that open it
    mover_cues: Phrases  # every mover and seconder pattern holds one of these
    put_by_verbs: Words  # "moved by the Chair": an item put, whoever the mover
    items_put_by: Words  # "The amendment was put by the Treasurer": "put" alone puts only an item named before it
    rescheduled_things: Words  # "The GC moved the AGM to March": what a meeting moves to another time, no motion
    deadline_words: Words  # "must be submitted by the deadline / by Friday": a time, not who put it
    own_item_qualifiers: Words  # "Ann's emergency motion"
    own_item_nouns: Words  # "Ann's motion": the person owning the item moved it
    seeming_verbs: Words  # "seemed to be lost": an uncertain result
    seeming_links: Words  # "seems like", "looks set to"
    agreed_to_do_verbs: Words  # "which the NEC agreed to do": agreement to an action asked for
    put_to_assent_verbs: Words  # "the mover asked that it lie on the table": an action asked of the meeting
    closing_assent_verbs: Words  # "..., which was agreed.", "..., and the NEC agreed.": bare assent to it
    asked_item_nouns: Words  # "asked that the item be deferred": beside the item nouns, what such an action is on
    unopposed_after_without: Words  # "agreed without dissent"
    quote_verbs: Phrases  # "she said: '...'": a quotation follows
    pair_words: Words  # "both motions": two items counted without a number word
    every_item_subjects: Words  # "Both were carried", "All three fell": the result of every item just told
    content_end_words: Words  # ", seconded by ...", ", which ...": where a motion's own words end
    mover_own_acts: Words  # "moved a motion on pay and later withdrew it": the mover's act ends the motion's words
    summary_end_words: Phrases  # where a motion's summary is cut: ", seconded by", ", which", ", but"
    summary_end_tallies: Phrases  # how it was decided, after its words: "by 17 votes to 11", "with two abstentions"
    summary_asides: Words  # an aside between a motion noun and its words: "an amendment, seconded by Jo, to ..."
    summary_lead_movers: Patterns  # who moved it, before its words: "by Cllr Hale and seconded by Cllr Dean that ..."
    summary_resolving_verbs: Words  # "This Council notes ... Council resolves to ...": the quoted motion's act
    summary_intros: Patterns  # a summary that only introduces the words: "following motion", "by Jo Reid"
    impersonal_adverbs: Words  # "it was then agreed"
    election_adverbs: Words  # "Ann was duly elected"
    joint_mover_adverbs: Words  # "Ann and Raj jointly moved and seconded"
    seconder_adverbs: Words  # "Raj duly seconded"
    passive_adverbs: Words  # "was then tabled", "was also appointed"
    active_defeat_verbs: Words  # ", and the amendment fell": a new subject's own result
    moved_items: Words
    mover_adverbs: Words
    meeting_bodies: Words
    bodies_the_title_names: Words
    anaphoric_subjects: Words
    exception_openers: Words  # "agreed, except for X, which was deferred": the exception's own fate follows
    contest_nouns: Words  # "There were two nominations": the candidates for one post, one election
    alternatives_nouns: Words  # "three budget options": the choices for one question, decided once
    choice_frames: Words  # "had to choose between two options": a choice put to the meeting
    choice_made: Words  # "..., and chose the second": the choice made, after the choice put
    choices_put: Words  # "Two options for the ballot were put to the executive": alternatives before the meeting
    choices_put_elsewhere: Words  # "... were put to members": a choice for others, not the meeting
    choice_ways: Words  # "two ways of running the elections": alternatives beside alternatives_nouns
    # "withdrawn after the committee agreed to ...", "fell when Motion 1 was carried": the reason told after a
    # result; its own result is another item's
    # "I voted against because of the changes to CLP motions": a reason right after the verb, which took no object
    objectless_reasons: Words
    reason_openers: Words
    members_placed_by: Words  # "members at the Camden depot", "members in sixteen councils": members elsewhere
    members_gathered: Words  # "members at the meeting", "members in attendance": members at the meeting itself
    members_ballot_words: Words  # "the all-member ballot", "a turnout of 38%": the members voted, not the meeting
    card_vote_words: Words  # "on a card vote by 742,300 to 318,900": a conference counts its votes in thousands
    ballot_means_words: Words  # "voted in an all-member ballot", "the result of the ballot": the ballot decided
    ballot_not_chosen_forms: Words  # "held a ballot", "won the ballot": forms of decision verbs that choose no ballot
    # "Jo argued that only branches should nominate. The NEC went along with this.": what was argued for is put
    # when a result points back to it (an argument that something should be, not that something is so)
    arguing_verbs: Words
    proposing_verbs: Words  # "Jo asked that the letter be copied to branches, which was agreed": what anyone put
    concession_openers: Words  # "The budget was agreed, though several members voted against": the item's result stands
    winged_owners: Words  # "Young Labour's", "Scottish Labour's": the home organisation, a wing named by a word before
    attempt_nouns: Words  # "There was an attempt by the left to add a clause. It was beaten back.": a try put
    same_result_openers: Words  # "We moved that X. Same result, 12-19.": the tally alone, of what was just put
    rival_nouns: Words  # "beat the other candidate, Tom Hart, by 21 votes to 14": the rival named by the contest
    asking_verbs: Words  # "The GS asked the NEC to proscribe two groups": the meeting asked to act, the act put
    percent_result_nouns: Words  # "by a 62% majority", "a 70 per cent yes vote": a share that is the ballot's result
    share_words: Words  # "Of the 40 amendments, about half were agreed": a share of many items, none named
    # "Jo proposed referring it to the Org Sub, and that is what happened": the item just put sent on, and so it went
    referral_of_it: Phrases
    referral_accepted: Phrases
    pending: Phrases  # "has not given the scheme the green light yet": an item still waiting, no decision
    # "The decision, taken at yesterday's meeting, follows ...": the decision just told, named again with when or how
    decision_told_again: Phrases
    comment_frames: Phrases  # "I'm glad to say it went through": the writer's comment before the result's subject
    # "It is understood that an amendment ... went down", "LabourList understands a proposal ...": a news report's
    # attribution before what it tells; its "it" points back to no item
    attribution_frames: Phrases
    fronted_past_openers: Words  # "After last year's fiasco, I proposed ...": a past thing named, not the act's time
    new_item_openers: Words  # "Another statement, on ..., was referred back": a new item, not the one just settled
    # "The NEC has rejected calls for ...": a news lede tells a decision in the present perfect, the account in the past
    lede_perfect_auxiliaries: Words
    lede_adverbs: Words  # "has now agreed", "has narrowly rejected"
    one_more_item_words: Words  # "It also agreed ...", "The rules on expenses were agreed too": one more item
    # "The SEC backed four of the six rule changes; the other two were sent back": the rest of a set counted before
    rest_of_a_set: Words
    indefinite_item_openers: Words  # "A proposal from the union section was referred": an item told as new
    earlier_item_openers: Words  # "carried after an amendment was lost": the item decided first, told after
    bare_label_verbs: Words  # "Proposed Jo Hart that ... RESOLVED.": a label alone settles the item put
    label_adverbs: Words  # "RESOLVED unanimously that ...": how the label's decision was taken
    likewise_verbs: Words  # "The minutes were approved, as were the accounts": a second item, the same result
    likewise_not_items: Words  # "..., as was the custom": a manner, not an item
    seconding_words: Words  # "It was moved and seconded that ...": the seconding told beside the moving
    no_one_words: Words  # "Nobody moved the motion": no one put it
    # "the policy committee", "the finance panel": a body named by what it deals with, another than the meeting's
    # unless the title names it so
    body_functions: Words
    generic_name_words: Words  # "National", "Executive": words of any body's name, naming no other body
    own_units: Words  # initials of the party's own units ("the CLP GC"): never another organisation's body
    # "the UK NEC", "the national executive" in a report on a Scottish, Welsh or division executive: the body above it
    national_executive_names: Words
    executives_below_national: Words  # a title's words naming a body below the national one: "Scottish", "WEC"
    home_owners: Words  # "Labour's NEC", "the party's executive": the owner of the bodies these reports are about
    time_owners: Words  # "Tuesday's NEC", "last night's executive": a time, not an owner, before the body
    own_organisations: Words  # "the NEC of the union", "the society's board": the organisation owning the meeting
    body_pronouns: Words  # "The NEC met. It agreed ...": the pronouns that may stand for the body just named
    meeting_pronouns: Words
    agree_verbs: Words
    decide_verbs: Words
    stance_verbs: Words
    vote_verbs: Phrases
    action_verbs: Words
    # "we launched a campaign", "we wrote to the leader": acts a side may do as well as a body, so "we" doing one may
    # be the author's side; "we suspended the branch", "we extended the deadline" only the meeting can do
    anyones_acts: Words
    meeting_running_verbs: Words  # "The meeting opened with ...": the meeting starting or ending, no act of it
    not_an_action_after: Words
    raise_verbs: Words
    raised_values: Words  # "raised the fee": what a body raises or lowers as a decision (not "raised the cost")
    not_raised: Words
    defeat_verbs: Phrases
    active_outcome_verbs: Words
    appointment_verbs: Words
    # "Members elected at the May AGM took their seats": the participle of a past choice, no verb of the meeting
    chosen_before_after: Words
    chosen_before_then: Words  # the sentence's own verb after that participle ("took their seats")
    other_decision_verbs: Words
    verb_outcomes: dict[str, Outcome]
    decided_outcomes: dict[Outcome, Words]
    new_thing_openers: Words  # "agreed that a letter be sent to ...": a new thing sent, no item remitted
    result_labels: Words  # "Result: carried.": a label for the result of the item just put, not an item
    # "..., and the chair's casting vote went against it": a clause whose subject is the vote of the item before
    vote_subjects: Words
    bare_result_heads: Words  # "Decision deferred.", "Item held over.": minutes' shorthand for the item just put
    musing_words: Words  # "it was suggested that we might hold a quiz": an idea aired, not a proposal put
    reporting_verbs: Words  # "our rep explained that the trust board has agreed ...": news of another body
    assent_verbs: Words  # "decided not to support it": deciding not to say yes to an item defeats it
    not_after_moved_to: Words
    author_vote_verbs: Words
    author_pronouns: Words
    vote_requests: Phrases
    stated_proposal_nouns: Words  # "The sub-committee's proposal was that ...": a proposal told by its content
    motion_content_verbs: Words  # "A motion from Hackney called for a ceasefire": what a motion put says
    existential_motions: Phrases
    nominal_decisions: Phrases
    reported_papers: Words  # "the report of the Organisation Committee": another body's paper, "it" next may be it
    reporting_bodies: Words  # the nouns that end such a body's name ("Disputes Panel", "Regional Board")
    # "the panel recommended ...": a committee of the body's own named by its noun alone (not "the council", which
    # is often the local authority, nor "the group", often the body itself)
    reporting_bodies_by_noun: Words
    # "the council confirmed the closure" in a branch's or a group's report: the council is ours only where the
    # title names it
    bodies_ours_only_when_titled: Words
    not_our_body_before: Words
    background_openers: Words
    past_paragraph_openers: Phrases  # "Last summer, ...", "Some background.": a paragraph told of another time
    this_meeting_markers: Words  # "this meeting", "today": a sentence back at the meeting itself
    # "Referred" alone as a label over a list: the items sent on (the participle alone, in prose, may be "referred to")
    referral_labels: Words
    umbrella_negators: Words  # "We didn't approve:", "The Board did not agree:": the meeting declining, over a list
    umbrella_labels: Words
    minutes_labels: Words
    # "Decision: noted.", "Decision: Cabinet noted the performance report.": what a label sets over an item only noted
    noting_results: Words
    # "RESOLVED: That the Board / (a) notes the draft; (b) approves ...": a resolution's part that only notes
    noting_parts: Words
    recommended_labels: Words  # "RECOMMENDED TO COUNCIL – That ...": a committee's decision, put to the body above it
    # "Lost 9-20: our call for a special conference", "Backed by 16 votes to 11: capping the fee": a result set before
    # the item it settles, with its mark
    results_labelling_an_item: Words
    habitual_adverbs: Words
    passive_items: Words
    postponed_processes: Words  # "Consideration of the charges was deferred": what is put off is an item put
    not_acts_on_an_item: Words
    taken_together: Words
    taking_verbs: Words  # "We took the amendment first", "voted on the proposal": an item put, its result perhaps later
    putting_verbs: Words  # "The Chair put the motion ... to the meeting": put, with where it was put after the item
    argued_for_verbs: Words  # "we argued for", "members pressed for", "Jo called for": a proposal argued or asked for
    plural_back_words: Words  # "They were both lost", "remit them": a result said of items named together
    # "CLP reps argued for ...", "Members pushed for ...": sides at the meeting, no other body; beside grammar's group
    # nouns (plural)
    argued_sides: Words
    argued_side_lost: Words  # "We argued for a ballot but were outvoted": the side lost, what it argued for fell
    argued_result_openers: Words  # "This was put to a vote and lost": a result said of what went before
    put_destinations: Words  # "to the vote", "to members", "to the committee": where an item is put to be decided
    putting_forms: Words  # "submit", "tabled", "debating": the forms of the verbs that put an item to a meeting
    promise_words: Words  # "hopes to submit", "must be submitted", "will be debating": a put to come, not made
    not_put_purposes: Phrases  # "circulated for comment", "ahead of the next meeting": given out, not put
    restated_paper_nouns: Words  # "the amended paper was then agreed": a paper named bare, as a motion noun is
    put_pronouns: Words  # "It was taken in private session": the item named before, put by a pronoun
    fronted_meeting_prepositions: Words  # "At Tuesday's meeting, a proposal ... was put": a fronted phrase of time
    fronted_meeting_nouns: Words
    earlier_meeting_words: Words  # "At the last meeting": another meeting's
    no_item_determiners: Words  # "No motion was tabled": no item put
    one_item_determiners: Words  # "A motion was moved on rent": one item, never a set on the agenda
    document_motion_nouns: Words  # "A statement was circulated": a document, put only for a decision or a result
    later_meeting_words: Words  # "to the next meeting": where an item goes later, not where it was put to be decided
    put_arrivals: Phrases  # "was taken after lunch", "was voted on": after a past "be", the item put
    for_decision: Phrases  # "presented for approval", "considered for decision": a paper put to be decided
    # "The Treasurer asked the NEC to approve the budget": a person asking the meeting to decide on a paper puts it
    requests_to_decide: Patterns
    # "Owen agreed to accept a friendly amendment": the mover's words of accepting an amendment into the motion
    willing_to_accept: Words
    # "accepted by the Chair": the person presiding, who acts for the meeting, not another body
    presiding_officers: Words
    proposal_objects: Words  # "backed a call for ...": what a stance is taken on, beyond the motion nouns
    elected_groups: Words
    group_kept_verbs: Words  # "The officers were re-elected", "were confirmed in post": a group chosen again or kept
    table_results: dict[str, Outcome]  # a result cell's words, and the outcome they give
    decision_adverbs: Words
    fronted_list_prepositions: Words  # "In other business the Board:": a phrase fronted with no comma after it
    decision_subordinators: Words
    concessive_subordinators: Words  # "although the regional board approved ...": background, any subject
    # "Although the NEC rejected X, it agreed Y": a clause opening the sentence that sets a decision of the meeting's
    # own body against the main clause's; it dates nothing, and its own decision is one of this meeting's
    set_against_openers: Words
    decision_modals: Words
    impersonal_verbs: ImpersonalVerbs
    not_a_decision: NotADecision
    anaphoric_pronouns: Words
    counted_pronouns: Words  # "Three amendments were moved. All three fell.": the items counted before, each
    # Object pronouns pointing back to what was put, in three sets, each reader asking those it reads (most ask the
    # first two through pointing_pronouns below): one item ("threw it out"); several ("voted both of them through");
    # a demonstrative ("turned that down"), read only as the parse's object or before a particle, never "agreed
    # that ...". Before a particle a collective pronoun keeps its words: the walk would link back only one item
    anaphoric_objects: Words
    collective_objects: Words
    demonstrative_objects: Words
    # "agreed with an amendment from Jo Bell adding a review", "subject to two amendments": the words that take
    # amendments into the item's decision, and the words that open what an amendment did
    amendment_taken_openers: Words
    amendment_effect_openers: Words
    anaphoric_nouns: Words
    back_reference_nouns: Words  # "decided to refer the matter": the item just put, whatever its name
    heads_a_kind_word_modifies: Words  # "the nomination threshold", "the motions deadline": no item of that kind
    # "The NEC voted to cut the fee. The change was backed by 22 votes to 12.": a decision told by its verb, named again
    restating_nouns: Words
    # words any two decisions share ("the motion was carried"): two tellings are one item by the words left over
    retold_common_words: Words
    ballot_winner_words: Words  # "A 34, B 25. A is therefore the nominee": what the winner's statement says
    election_roles: Words
    appointed_words: Words
    appointment_nouns: Words  # "The following appointments were made: A as Chair, B as Secretary"
    committee_nouns: Words  # "and I was elected to the Procedures Committee": a seat on a committee
    chosen_alone_verbs: Words  # "Sarah Kim endorsed.": minutes' shorthand, a name and the verb closing the line
    appointed_to_role_words: Words  # "was made vice-chair", "was named its convenor": chosen only with a post named
    made_to_role_verbs: Words  # "The executive made Dev Marsh its vice-chair": active, with the post named
    post_taken_verbs: Words  # "Ann Cole became chair", "Raj Dev takes over as treasurer": a person taking a post
    post_seat_verbs: Words  # "Bea Klein takes the vice-chair": a seat taken (not "took the chair" of a meeting)
    post_held_modals: Words  # "Sam Ortiz will chair the finance committee"
    choice_nouns: Words  # "Nina Rao was the committee's choice as general secretary"
    meeting_units: Words  # "chair of the disputes panel": a committee or unit whose posts the meeting fills
    post_not_taken_openers: Words  # "since Jo became chair", "we hope Raj becomes treasurer": no choice at the meeting
    role_verbs: Words  # "was chosen to chair the panel": a post told by its verb, not where one sits
    list_manner_words: Words  # "The following were elected unopposed:": how, before the list
    election_qualifiers: Phrases
    glad_to_be: Words
    past_reference: Phrases
    other_body_verbs: Words
    other_bodies: Words
    discussed_verbs: Words
    list_heads: Words
    agenda_items: Words
    agenda_nouns: Words
    agenda_positions: Words  # "The final item was the climate motion": an item placed on the agenda
    agenda_openers: Words  # "Next came a rule change on ...", "The agenda included a proposal to ...": an item put next
    never_put: Phrases
    summary_openers: Words
    summary_prepositions: Words  # "a paper on rents", "the accounts for 2024": a paper's noun stays before these


class ClauseWords(Section):
    """What the parse-based layer reads: spaCy lemmas, lower case ("set up" is a verb with its particle)."""

    verbs: dict[str, Outcome]  # a decision verb and the outcome it gives: "rejected" defeats
    passive_verbs: dict[str, Outcome]  # "The request was granted", "A move to ... was blocked": with an item only
    setting_verbs: Words  # "fixed the fee at £25", "set the deadline as 30 June": a value the body set
    setting_prepositions: Words  # "at", "as": the preposition taking the value set
    attribution_verbs: Words  # "..., party sources confirmed", "..., it is understood": a news report's attribution
    attribution_sources: Words  # who a news report attributes a fact to: "sources", "a spokesperson", "it"
    attribution_forms: Words  # "Sources said ...", "LabourList understands ...": the forms a leading attribution takes
    actions: Words  # "raised the grant", "authorised the director": the body acting decides (not "budgets were cut")
    coordinated_actions: Words  # "set up a fund and raised the levy": a change made, beside a decision verb only
    refusal_idioms: dict[str, Words]  # "gave the thumbs down to": a verb, and its object's words that make it a no
    backing_idioms: dict[str, Words]  # "gave the green light to": a verb, and the objects that make it a yes
    choosing_idioms: dict[
        str, Words
    ]  # "opted for a ballot", "settled on June": a verb and the preposition of the choice
    majorities: Words  # "A majority opposed the motion": the meeting's vote, whatever the determiner
    effect_verbs: Words  # "An amendment removed the call for ...": what an amendment carried did to the motion
    choice_verbs: Words  # "decided to", "voted to", "moved to": the decision is the verb they take
    continuing_verbs: Words  # "went on to approve", "proceeded to elect": the decision verb they take, if any
    vote_verbs: Words  # "voted for / against": the side its preposition names
    against_words: Words
    object_prepositions: Words  # "agreed to the request", "decided on the venue": a preposition taking the item
    item_prepositions: Words  # "agreed with the recommendation": a preposition taking the item only when it is one
    opinion_verbs: Words  # "agreed that the talk had been good": agreeing that something is so, no decision
    refusal_verbs: Words  # "declined to endorse": the decision verb they take is refused
    vote_results: dict[str, Outcome]  # "won the vote on ...", "lost the vote on ...": the item's outcome
    achievement_verbs: Words  # "managed to get the date cut", "succeeded in getting ...": a change won
    causative_verbs: Words  # "get the date cut": the change is the participle the verb takes
    stance_verbs: Words  # "backed", "opposed": a decision only on a proposal, and with "we" the author's vote
    # "agreed to oppose the cuts": a stance the meeting took against something not put to it, a decision carried
    stances_against: Words
    # "agreed to withdraw it" withdraws the item; "agreed to withdraw from the federation" is a decision carried
    item_only_acts: Words
    bodies: Words  # head nouns of a meeting's body as subject: "the regional committee", "delegates"
    items: Words  # head nouns of what a stance is taken on: "backed plans for ...", "opposed the call"
    discussing_verbs: Words  # "was discussed and then adopted": the participle before the decision verb
    background_aux: Words  # "had agreed", "would decide", "to approve": no decision of this meeting
    undone_gerund_prepositions: Words  # "deferred it instead of rejecting it", "condemned X for rejecting": not the
    # body's own act done
    irregular_forms: Words  # forms of the verbs that their stems miss ("threw out"), for the cheap filter
    narrative_subordinators: Words  # "after the NEC voted to ...", "when councillors backed ...": a decision told aside
    meeting_people: Words  # "councillors", "delegates": who sit in the meeting, as the subject of its decision
    stance_nouns: dict[str, Outcome]  # "Support for the motion was overwhelming", "unanimous in its opposition to"
    stance_strengths: Words  # "unanimous", "overwhelming": a stance strong enough to carry or defeat the item
    winning_verbs: Words  # "I secured agreement to ...": a decision won from the meeting (lemmas)
    winning_forms: Words  # their forms, for the cheap check before the parse
    won_nouns: Words  # "agreement", "a commitment": what was won, with its content
    won_changes: Words  # "we won an increase in CLP places": a change the author's side won from the meeting
    change_winners: Words  # who wins such a change at the meeting: the author and their side
    side_verbs: Words  # "came down in favour of a ballot", "came out against the plan": a side taken (phrasal)
    seeing_subjects: Words  # "The meeting saw the levy cut": what "saw" a change made, besides an item
    kept_verbs: Words  # "saw the right to vote retained": a thing kept, a change the meeting made
    time_nouns: Words  # "the year when the NEC backed ...": a "when" clause on a time, not the story's next step
    decision_nouns: dict[str, Outcome]  # "the GC's decision to ...", "the NEC's backing for ...": a decision as a noun
    meeting_possessives: Words  # "our approval of the plan": the meeting's own decision noun
    decision_light_verbs: Words  # "The NEC took the decision to ...": the verb's subject owns the decision
    earlier_decision_verbs: Words  # "reversed the NEC's decision to ...", "awaiting its approval", "criticised the
    # NEC's decision": a decision reversed, awaited, sought, or defended and attacked as one already taken
    proposal_verbs: dict[str, Outcome]  # "dropped the proposed fee", "ruled out a rise": a decision on a proposal only
    irregular_pasts: dict[str, Words]  # "went", "shot": the past forms the regular ones miss, for the cheap filter
    item_choosing_idioms: dict[str, Words]  # "went with option B", "sided with the recommendation": of a proposal only
    action_nouns: Words  # "came out against the closure of ...", "ruled out a rise": a course of action as a noun
    change_verbs: dict[str, Outcome]  # "paused the rollout", "froze the levy": a change the body itself made, alone
    deferring_idioms: dict[str, Words]  # "put the dinner on hold", "kicked the review into the long grass": deferred
    plan_verbs: Words  # "We are to hold a ballot", "will now affiliate to ...": a plain act a decision sets
    future_aux: Words  # "will now affiliate": the future of a step that follows from a decision
    consequence_adverbs: Words  # "now": the step follows from what the meeting decided
    creation_verbs: Words  # "A working party was set up to ...": a thing made new in the passive, no item needed
    directing_verbs: Words  # "asked the officers to prepare ...": someone directed to act, a decision of the body
    not_directing_verbs: Words  # "invited the MP to speak", "helped members to vote": no direction given
    tasking_verbs: Words  # "tasked the organiser with drawing up ...": the same, the act after "with"
    anyones_frames: Words  # "we asked the GS to explain", "we called for a review": a side may do so, not only a body
    giving_verbs: Words  # "gave £250 to the foodbank": money given by the body
    running_calls: Words  # "called for silence", "called for a break": a call on the meeting's own running
    done_acts: Words  # "The secretary was instructed to ...", "The fee was raised": an act the meeting does
    newness_words: Words  # "A new review was commissioned": the thing made is new
    made_decisions: dict[str, Words]  # "Appointments were made to all committees", "agreement was reached on ...": a
    # light verb and the nouns that make it a decision of the meeting
    proceeding_idioms: dict[str, Words]  # "pressed ahead with the new process": a verb, its adverb, then "with"
    procedure_nouns: Words  # "halted the debate", "delayed the start of the meeting": the meeting's own running
    proposal_modifiers: Words  # "backed a reduced fee", "the proposed levy": a thing described as put forward
    failing_verbs: Words  # "failed to reach agreement": the light verb they take makes nothing (lemmas)


class DecisionsVocabulary(Vocabulary):
    FILE = "decisions.json"
    outcomes: OutcomeWords
    not_an_outcome_after: Phrases  # "carried out", "passed away", "passed on the thanks": no outcome
    new_paper_words: NewPaperWords  # "a fuller paper will come back in July": a new paper promised, no deferral
    mentioned_after_refer: Words  # "so as to refer to the motion as altered": "refer to" that mentions, no remit
    coming_back_words: Phrases  # "... and will come back in September": a deferral that only says the item returns
    shortfalls: ShortfallWords
    voters_counted: VotersCounted
    put_off_to_later: LaterWords
    passed_through: PassedThrough
    adverbed_verdicts: AdverbedVerdicts  # "was quietly dropped", "was swiftly vetoed"
    item_verdicts: ItemVerdicts
    negative_item_determiners: Words  # "Neither amendment was agreed", "None of the motions passed": no item had it
    negative_determiner_idioms: Words  # "No one", "No doubt", "None the less": no item counted as none
    outcome_negators: Words
    outcome_hedges: Words
    conditional_openers: Words  # "If the rule change is passed, ...": a result supposed, in its own clause
    awaited_openers: Words  # "once they have been approved": a result awaited, in its clause
    conditional_inversions: Words  # "Had the amendment been carried, ...": the same, the auxiliary first
    hedge_scope_ends: Words  # "nearly passed but fell": a contrast ends what the hedge says did not happen
    # "congratulated the members elected": people the word "elected" describes; beside grammar's group nouns (plural)
    people_elected_nouns: Words
    unreached_aims: Words  # "Agreement on the budget was not reached": an aim not reached, no item not reached
    # "..., which the General Secretary agreed to bring back in July": an officer agreeing to act, no result of an item
    undertaking_officers: Words
    near_miss_words: Words  # "almost fell", "nearly withdrawn": a result that did not happen; the item was put
    another_time: AnotherTimeWords
    tallies: TallyWords
    motions: MotionWords
    clauses: ClauseWords


@cache
def decisions_vocabulary() -> DecisionsVocabulary:
    return load(DecisionsVocabulary)


@cache
def pointing_pronouns(several: bool = True) -> str:
    """ "agreed it", "rejected both of them": an object pronoun for the item or items put before (a regex fragment,
    no groups); with ``several=False`` only those for one item ("it", "them", "this", "these")."""
    v = decisions_vocabulary().motions
    return either(v.anaphoric_objects, v.collective_objects) if several else either(v.anaphoric_objects)


@cache
def headline_decision_verbs(plural: bool = False) -> tuple[str, ...]:
    """The decision verbs as a news headline writes them: "NEC turns down ...", "Board delays ...", "Executive sets
    up ...": each verb the clauses read a decision or a change the body made by, in the third person (not a verb
    anyone may do, "launches", "forms"); after a plural subject, its plain form ("Councillors throw out ...")."""
    words = decisions_vocabulary().clauses
    lemmas = [*words.verbs, *words.change_verbs]
    return tuple(dict.fromkeys(lemma if plural else third_person(lemma) for lemma in lemmas))


def third_person(lemma: str) -> str:
    """ "turn down" → "turns down", "pass" → "passes", "delay" → "delays", "ratify" → "ratifies"."""
    verb, space, particle = lemma.partition(" ")
    if re.search(r"(?:s|sh|ch|x|z|o)$", verb):
        verb += "es"
    elif re.search(r"[^aeiou]y$", verb):
        verb = verb[:-1] + "ies"
    else:
        verb += "s"
    return verb + space + particle


@cache
def either(*groups: tuple[str, ...]) -> str:
    """One alternation of the words of these lists, built once (extractors ask for them per sentence)."""
    return alternation(word for group in groups for word in group)


@cache
def _phrases_regex(phrases: Phrases) -> str:
    return "|".join(sorted(phrases.fragments(), key=len, reverse=True))
