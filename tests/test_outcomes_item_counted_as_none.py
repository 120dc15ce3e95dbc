"""A result told of items counted as none ("Neither amendment was agreed", "None of the motions on rents passed",
"Not a single rule change was carried") is a defeat: the negative determiner opens the result's own subject. A
negation elsewhere in the sentence ("No one spoke against the motion and it passed", "No amendment was moved, and
the motion was carried") leaves the result as it is. Sentences written for these tests in the styles of an NEC
write-up, union executive minutes, a council group report and a CLP bulletin."""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes import find_outcomes
from support import titled_page_motions


def _outcomes(text: str) -> list[str]:
    return [m.outcome.value for m in titled_page_motions("Executive meeting, 3 May 2025\n\n" + text + "\n")]


@pytest.mark.parametrize(
    "text",
    [
        "Neither amendment to the housing paper was agreed.",  # an NEC write-up, passive
        "None of the three motions from the regions was carried by the Executive.",  # union minutes, passive
        "Not a single rule change on the size of branches was approved.",  # a CLP bulletin
        "None of the motions on the library closures passed.",  # a council group, intransitive
        "Not one of the proposals for a new hall passed.",  # intransitive, a long item
        "On a show of hands, no amendment to the fees was accepted.",  # after an opening phrase
    ],
)
def test_a_result_of_items_counted_as_none_is_a_defeat(text: str) -> None:
    assert _outcomes(text) == ["defeated"]


@pytest.mark.parametrize(
    "text",
    [
        "No one spoke against the motion on rents and it passed.",  # a pronoun subject, another clause
        "No amendment was moved, and the motion on rents was carried.",  # the item of the result is another
        "The motion on rents, which no delegate opposed, was carried.",  # the negation is inside an aside
        "None the less, the motion on rents was carried.",  # an idiom, no item counted
    ],
)
def test_a_negation_outside_the_results_subject_leaves_it_carried(text: str) -> None:
    assert _outcomes(text) == ["carried"]


def test_a_negated_withdrawal_of_items_counted_as_none_is_no_result() -> None:
    assert find_outcomes("No amendment was withdrawn.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The rule change did not get the two-thirds it needed.",  # a negated verb of getting, then the need
        "The motion on fares never had the numbers to pass.",
        "The amendment missed the majority it needed by two votes.",  # a verb of missing
        "The proposal for a new hall came nowhere near a majority.",
        "The motion on fares came nowhere near passing.",  # a negated result word
    ],
)
def test_a_threshold_not_reached_is_a_defeat(text: str) -> None:
    assert _outcomes(text) == ["defeated"]


@pytest.mark.parametrize(
    "text",
    [
        "The motion on fares was carried, although it did not get the support of the leader.",  # someone's support
        "I missed the vote on the motion on fares, which was carried.",  # a vote missed, no threshold
    ],
)
def test_support_or_a_vote_missed_is_no_threshold(text: str) -> None:
    assert _outcomes(text) == ["carried"]
