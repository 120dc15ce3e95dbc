"""Sections of ``models/decisions.json`` that say how an item's result is told: by a threshold missed, by how many
voters took a side, by a later meeting, by "through", or by words only a proposal's fate has."""

from __future__ import annotations

from pydantic import ConfigDict, Field

from nec_extract.language.lexicon import Patterns, Section, Words


class ShortfallWords(Section):
    """A result told as the threshold an item did not reach: "did not get the two-thirds it needed"."""

    negations: Words
    getting_verbs: Words
    missing_verbs: Words
    needs: Words


class VotersCounted(Section):
    """Voters counted by a vague quantity and the side they took: "Most members backed it", "Few hands went up for
    the amendment" (a result by how many took a side)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    most: Words
    few: Words
    for_: Words = Field(alias="for")
    against: Words
    voters: Words
    none: Words  # "Nobody supported it", "Not one member voted for it": as few, no one for it defeats it
    # "All members but one voted for it", "Everyone except the treasurer backed it": all save a few, as most
    everyone: Words
    except_: Words = Field(alias="except")
    support_won: Words  # "had the support of most members"
    support_nouns: Words
    won_over: Words  # "won over most of the room"
    whole_voters: Words  # "Delegates supported it": the voters uncounted, all of them taking the side
    whole_voters_after: Words  # what may stand before them ("the Tory councillors opposed it" is a group's vote)
    whole_voters_objects: Words  # what they took a side on: the item just told


class LaterWords(Section):
    """An item's consideration put off: "to take the motion at a later meeting", "to await the review before
    deciding on it"."""

    later_adjectives: Words
    later_nouns: Words
    later_prepositions: Words
    waiting_verbs: Words
    later_deciding_verbs: Words  # "that the nominations will be decided at the January meeting"
    taking_up_verbs: Words  # "to raise this when the new committee is in post": taken up once something happens
    once_words: Words  # "when", "once": the event the item waits for


class PassedThrough(Section):
    """ "got through", "squeaked through by two votes": a past verb with "through" and no object is a pass."""

    not_a_pass: Words  # "fell through", "talked it through"
    after: Words  # what may follow "through" when it has no object ("with a big majority", "unanimously")


class AdverbedVerdicts(Section):
    """A passive verdict with an adverb between "was" and the verb: "The proposal was quietly dropped", "The plan was
    swiftly vetoed" (the outcomes' gated pass reads them, so the main pattern keeps its known first letters)."""

    withdrawn: Words
    defeated: Words
    not_after: Words  # "was quickly pulled apart", "was finally dropped from the list": no verdict


class ItemVerdicts(Section):
    """What makes a thing named by any noun the item decided: "The levy was put to the vote and carried", "The new
    rota got the nod". A result only a proposal can have, or a vote taken on it, says the thing was put."""

    received_verdicts: Words  # a result a proposal gets, in either voice: "got the nod", "was given approval"
    passive_verdicts: Words  # a result said of a proposal in the passive: "was vetoed", "was green-lit"
    vote_marks: Patterns  # "put to the vote", "on a show of hands", "the chair's casting vote", "unanimously"
    carried_alone: Words  # "The levy was carried.": a passive result that is a vote's even with nothing after it
