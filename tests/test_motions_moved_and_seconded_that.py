"""An item put impersonally and settled in the same sentence (issue 13, round 9b): "It was moved and seconded that
the report be accepted, and this was carried" is one motion, carried, whose words are what was put ("that the report
be accepted"), not the seconding. Sentences written for these tests in several styles; none is quoted from a real page
or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, U = Outcome.CARRIED, Outcome.DEFEATED, Outcome.UNKNOWN
_OPENING = "The meeting opened with apologies. "


@pytest.mark.parametrize(
    ("page", "outcome", "words"),
    [
        (
            "Branch minutes\n\n" + _OPENING + "It was moved and seconded that the report be accepted, and this was "
            "carried.",
            C,
            "that the report be accepted",
        ),
        (
            "CLP minutes\n\n" + _OPENING + "It was proposed that the ward hold a jumble sale in May, which was agreed "
            "unanimously.",
            C,
            "that the ward hold a jumble sale in May",
        ),
        (
            "Council minutes\n\n" + _OPENING + "It was moved that the item be taken in private session, and this was "
            "rejected by 5 votes to 3.",
            D,
            "that the item be taken in private session",
        ),
        (
            "Union branch minutes\n\n" + _OPENING + "It was proposed and seconded that the branch donate £50 to the "
            "strike fund; this was agreed.",
            C,
            "that the branch donate £50 to the strike fund",
        ),
        (
            "NEC report\n\n" + _OPENING + "It was moved and seconded that the guidance be sent to every CLP.",
            U,
            "that the guidance be sent to every CLP",
        ),
    ],
)
def test_an_item_put_impersonally_takes_the_result_that_refers_back(page: str, outcome: Outcome, words: str) -> None:
    motions = titled_page_motions(page)
    assert [(m.outcome, m.summary) for m in motions] == [(outcome, words)]


def test_a_later_clause_that_is_no_result_leaves_the_item_unsettled() -> None:
    page = "Local news\n\n" + _OPENING + "It was moved that the meeting be adjourned, and the chair agreed it was late."
    assert [m.outcome for m in titled_page_motions(page)] == [U]


# round 19: the result told in a series with the proposing verb ("moved, seconded and carried that ..."), and each such
# sentence a new item, not a further result of the one before it
@pytest.mark.parametrize(
    ("sentence", "outcome", "words"),
    [
        ("It was moved, seconded and carried that the branch join the local food network.", C, "that the branch join"),
        ("It was proposed and seconded and agreed unanimously to write to the MP about the bus cuts.", C, "to write"),
        ("It was proposed, seconded and lost that the ward meet fortnightly.", D, "that the ward meet fortnightly"),
        ("It was moved and carried that standing orders be suspended for the item.", C, "that standing orders"),
    ],
)
def test_a_result_coordinated_with_the_proposing_verb_settles_what_follows(
    sentence: str, outcome: Outcome, words: str
) -> None:
    motions = titled_page_motions("Trades council minutes\n\n" + _OPENING + sentence)
    assert [m.outcome for m in motions] == [outcome]
    assert motions[0].summary.startswith(words)


def test_items_put_impersonally_one_after_another_are_each_their_own() -> None:
    page = (
        "Ward branch minutes\n\n" + _OPENING + "It was moved, seconded and carried that the branch buy a gazebo. "
        "It was proposed and seconded that the quiz move to a Friday, and this was lost. "
        "It was moved, seconded and agreed to send £20 to the hospice."
    )
    assert [m.outcome for m in titled_page_motions(page)] == [C, D, C]


def test_a_coordinated_word_that_is_no_result_settles_nothing() -> None:
    # the proposing verb's series ends in no result: the item stays open
    page = "Branch minutes\n\n" + _OPENING + "It was moved, seconded and debated that the branch leave the federation."
    assert [m.outcome for m in titled_page_motions(page)] == [U]
