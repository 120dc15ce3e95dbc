"""Two kinds (issue 13, round 9): a sentence that opens with an item it calls new ("Another statement ...", "A second
proposal ...", "A separate motion ...") is never a restatement of the item just settled; and an act told after a
result by "at which point" or "whereupon" is no result of that item ("The amendment was carried, at which point I
withdrew the motion"). Sentences written for these tests in several styles; none is quoted from a real page or a probe
page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, R, F = Outcome.CARRIED, Outcome.DEFEATED, Outcome.REMITTED, Outcome.DEFERRED


@pytest.mark.parametrize(
    ("page", "outcomes"),
    [
        (
            "NEC report\n\nThe NEC agreed, by 19 votes to 11, to back the new code. Another statement, on the health "
            "motion, was referred back to officers.",
            [C, R],
        ),
        (
            "Branch minutes\n\nThe motion on pay was carried by 12 votes to 3. A separate motion, on the staff rota, "
            "was deferred to May.",
            [C, F],
        ),
        (
            "Council minutes\n\nThe budget was approved by 30 votes to 20. A further amendment, on parking, was then "
            "lost by 21 votes to 29.",
            [C, D],
        ),
        (
            "Union news\n\nThe executive endorsed the pay claim by 14 votes to 2. A second proposal, from the youth "
            "committee, was also agreed.",
            [C, C],
        ),
    ],
)
def test_an_item_called_new_is_a_motion_of_its_own(page: str, outcomes: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == outcomes


def test_the_same_item_told_again_is_still_one() -> None:
    page = "CLP minutes\n\nThe motion on rents was carried. The motion was then declared carried by the chair."
    assert [m.outcome for m in titled_page_motions(page)] == [C]


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        ("NEC report\n\nThe amendment was carried by 23 votes to 12, at which point I withdrew the motion.", C),
        ("Branch minutes\n\nThe amendment was accepted, whereupon the mover withdrew her motion.", C),
        ("Council minutes\n\nThe amendment fell by 20 votes to 25, at which stage the opposition withdrew.", D),
        ("Local news\n\nThe rival plan was defeated, upon which its backers walked out and withdrew their motion.", D),
    ],
)
def test_an_act_after_at_which_point_is_no_result_of_the_item(page: str, outcome: Outcome) -> None:
    assert [m.outcome for m in titled_page_motions(page)][:1] == [outcome]


# round 19: an item told with the indefinite article, as the sentence's subject or as the object its result's verb
# takes, is new too; and a body pronoun acting ("It also rejected ...") carries the body on to the next sentence
@pytest.mark.parametrize(
    ("page", "outcomes"),
    [
        (
            "Welsh executive report\n\nThe WEC agreed to set up a review of the selection rules. A proposal from the "
            "youth section to add two seats was referred to the review.",
            [C, R],
        ),
        (
            "Branch minutes\n\nThe accounts were adopted. An amendment from the treasurer on the audit fee was then "
            "lost.",
            [C, D],
        ),
        (
            "NEC report\n\nThe NEC agreed the budget. It rejected a proposal to close the regional offices.",
            [C, D],
        ),
        (
            "Union executive report\n\nThe executive endorsed the pay claim. It also rejected a motion on pensions. "
            "It then agreed an emergency motion on the strike.",
            [C, D, C],
        ),
    ],
)
def test_an_item_told_with_an_indefinite_article_is_a_new_one(page: str, outcomes: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == outcomes


@pytest.mark.parametrize(
    ("page", "outcomes"),
    [
        # the indefinite item is no object of the result's verb: the result is still the one before's
        (
            "Branch minutes\n\nThe motion on rail was moved by Jo. It was withdrawn in favour of a composite.",
            [Outcome.WITHDRAWN],
        ),
        # "It was carried": the item, not the body; the next sentence's pronoun is the item's too
        ("CLP minutes\n\nThe GC debated the motion on housing. It was carried. It was a close vote.", [C]),
    ],
)
def test_an_item_named_again_or_a_pronoun_item_is_not_new(page: str, outcomes: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == outcomes


@pytest.mark.parametrize(
    ("page", "outcomes"),
    [
        # the body's pronoun taking a stance on a proposal, after the body acted: the body's decision
        (
            "Union news\n\nThe executive voted to reaffiliate to the TUC. It also voted against a proposal to hold "
            "the next conference online.",
            [C, D],
        ),
        (
            "NEC report\n\nThe NEC backed the new code. It then voted for a motion from the youth reps on fees.",
            [C, C],
        ),
        # an item with a described noun of two words ("the emergency motion on ...") is its own, not the one before
        (
            "Conference report\n\nMotion 52, on the political fund, was withdrawn. The emergency motion on fire and "
            "rehire was carried unanimously.",
            [Outcome.WITHDRAWN, C],
        ),
        (
            "Branch minutes\n\nThe motion on rail fares was lost. The composite motion on bus services was then "
            "carried.",
            [D, C],
        ),
    ],
)
def test_a_body_pronoun_on_a_proposal_and_a_two_word_noun_described(page: str, outcomes: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == outcomes


def test_the_motions_pronoun_taking_a_stance_is_no_decision() -> None:
    # "It" is the motion just agreed; it backs the strikers, it decides nothing
    page = "GC minutes\n\nThe GC agreed the motion on the bus strike. It supported the drivers' claim in full."
    assert [m.outcome for m in titled_page_motions(page)] == [C]
