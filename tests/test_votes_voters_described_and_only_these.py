"""Round 18: voters counted with words between the count and the noun ("the two union reps voting against", "five
Labour councillors voting for it", "the four trade union members abstaining") are that side's count; a count of the
places or bodies voters come from ("councillors from all 3 wards") or of those left out ("all but one voted for it")
is none; voters named as the only ones on a side are few ("Only the treasurer voted for the amendment"); an item won
by a few votes was carried. Sentences written for these tests; none is quoted from a real page or a probe.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import Counts, one_report, tally_counts


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("The motion was carried with the two union reps voting against.", (None, 2, None)),
        ("The rule change passed, with five Labour councillors voting for it.", (5, None, None)),
        ("The recommendation was accepted with the four trade union members abstaining.", (None, None, 4)),
        ("The executive agreed the claim, three lay trustees voting against.", (None, 3, None)),
    ],
)
def test_voters_described_then_their_side(body: str, counts: Counts) -> None:
    assert tally_counts(body) == [counts]


@pytest.mark.parametrize(
    "body",
    [
        "Councillors from all 5 wards backed the plan.",
        "Members from 4 branches voted against the proposal.",
        "All but one voted for the motion.",
        "Everyone except two voted against the amendment.",
        "Every Labour councillor bar one voted for the budget.",
        "All the regions save two voted in favour.",
    ],
)
def test_counts_of_places_or_of_those_left_out_are_no_side(body: str) -> None:
    assert tally_counts(body) == []


def test_a_side_after_but_still_counts() -> None:
    assert tally_counts("The amendment secured 6 votes but 10 members opposed it.") == [(6, 10, None)]


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("Only the treasurer voted for the amendment on subs.", Outcome.DEFEATED),
        ("Only the two left members voted against the motion on rents.", Outcome.CARRIED),
        ("Just the mover and seconder voted for the rule change.", Outcome.DEFEATED),
        ("The proposal for a summer social won by a single vote.", Outcome.CARRIED),
        ("The rule change on quorum won by two votes.", Outcome.CARRIED),
    ],
)
def test_only_these_voters_and_a_narrow_win(body: str, outcome: Outcome) -> None:
    assert [m.outcome for m in one_report(body).motions] == [outcome]


def test_only_these_with_no_side_decide_nothing() -> None:
    assert one_report("Only the treasurer attended the session on the motion.").motions == []


@pytest.mark.parametrize(
    "body",
    [
        "The amendment was passed by 34 votes to 29, with six Labour members voting in favour.",
        "The motion was carried 18-11, with four Green councillors voting against.",
    ],
)
def test_a_group_counted_within_a_pair_is_no_second_tally(body: str) -> None:
    assert len(tally_counts(body)) == 1


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        (
            "The guidance was confirmed as policy, 22-12, with every union rep bar one voting for it.",
            [(22, 12, None)],
        ),
        ("Councillors agreed the budget 40-9, every Labour member bar one voting in favour.", [(40, 9, None)]),
        ("The executive backed the offer by 30 votes to 3, all regions save one voting for it.", [(30, 3, None)]),
    ],
)
def test_those_left_out_beside_a_tally_add_no_second_one(body: str, counts: list[Counts]) -> None:
    assert tally_counts(body) == counts
