"""Tallies whose sides are told in other ways (round 18): a dash between a label and its count ("For – 12"), a count
before a colon ("abstaining 2:"), the answers of a vote as labels ("Yes: 11, No: 4", "three voted no"), voters on
one side counted beside the other side ("Fifteen councillors supported it and four opposed it"), the votes an item
drew ("attracted 12 votes, with 9 against"), counts right after a verdict and its object ("carried the motion
23-1-2", "agreed the proposal 19:4"), and a tie told as labelled counts broken by a casting vote. Sentences written
for these tests in several registers; none is quoted from a real page or a probe.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import Counts, one_report, report_outcomes, tally_counts


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        # union branch minutes, a dash for a colon
        ("Motion 6: rail fares\nFor – 10  Against – 4\nCarried.", (10, 4, None)),
        ("Motion on the hall lease. For – 3, Against – 8, Abstentions – 1. Lost.", (3, 8, 1)),
        # CLP bulletin: the counts before a colon that gives the result
        ("For 11, against 5, abstaining 3: the amendment was carried.", (11, 5, 3)),
        # the item named after the last count
        ("For 16, against 9 on the recommendation.", (16, 9, None)),
        ("Yes 12, No 4 on the rule change.", (12, 4, None)),
    ],
)
def test_a_dash_or_a_colon_after_a_labelled_count(body: str, counts: Counts) -> None:
    assert tally_counts(body) == [counts]


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("Yes: 15, No: 6 – the recommendation was approved.", (15, 6, None)),
        ("The rule change was put to the meeting: Yes 9, No 7, Abstain 2.", (9, 7, 2)),
        ("Eleven members voted yes and five voted no on the amendment.", (11, 5, None)),
        ("On the motion, 20 voted yes, 2 voted no and 1 abstained.", (20, 2, 1)),
    ],
)
def test_the_answers_of_a_vote_label_its_sides(body: str, counts: Counts) -> None:
    assert tally_counts(body) == [counts]


@pytest.mark.parametrize(
    "body",
    [
        "The vote was held after No 10 briefed the press on 5 options.",
        "Members said no to 3 of the venues, and the vote on the rest comes later.",
        "Sue voted yes in 2019, she told us.",
    ],
)
def test_yes_and_no_are_no_labels_elsewhere(body: str) -> None:
    assert tally_counts(body) == []


@pytest.mark.parametrize(
    ("body", "counts", "outcome"),
    [
        ("Fifteen councillors supported the recommendation and four opposed it.", (15, 4, None), Outcome.CARRIED),
        ("Six delegates backed the amendment while eleven opposed it.", (6, 11, None), Outcome.DEFEATED),
        ("Only three members supported the motion, and ten opposed it.", (3, 10, None), Outcome.DEFEATED),
    ],
)
def test_voters_on_one_side_beside_the_other_side(body: str, counts: Counts, outcome: Outcome) -> None:
    assert tally_counts(body) == [counts]
    assert report_outcomes(body) == [outcome]


def test_one_stance_counted_with_no_vote_is_no_tally() -> None:
    assert tally_counts("Twelve councillors supported the campaign for a new library.") == []


@pytest.mark.parametrize(
    ("body", "counts", "outcome"),
    [
        ("The proposal attracted 12 votes, with 9 against.", (12, 9, None), Outcome.CARRIED),
        ("The amendment drew only five votes; 16 were cast against it.", (5, 16, None), Outcome.DEFEATED),
        ("Our motion garnered 30 votes to the 4 against.", (30, 4, None), Outcome.CARRIED),
    ],
)
def test_the_votes_an_item_drew(body: str, counts: Counts, outcome: Outcome) -> None:
    assert tally_counts(body) == [counts]
    assert report_outcomes(body) == [outcome]


def test_people_drawn_to_an_event_are_no_votes() -> None:
    assert tally_counts("The street stall drew 40 people and 12 of them joined the branch.") == []


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("The NEC carried the motion 23-1-2.", (23, 1, 2)),
        ("The committee agreed the proposal 19:4.", (19, 4, None)),
        ("Members approved the two recommendations 14-3.", (14, 3, None)),
        ("The executive rejected it 2:9.", (2, 9, None)),
    ],
)
def test_counts_right_after_a_verdict_and_its_object(body: str, counts: Counts) -> None:
    assert tally_counts(body) == [counts]


@pytest.mark.parametrize(
    "body",
    [
        "The committee agreed the timetable 9:30 to 12:00 for the AGM.",
        "We went through motions 3-5 and noted them.",
        "The committee agreed motion 12-14 should be taken together.",
    ],
)
def test_times_and_numbered_items_after_a_verdict_are_no_tally(body: str) -> None:
    assert tally_counts(body) == []


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        (
            "Voting on the proposal was 8 for, 8 against, and the chair used her casting vote for it.",
            Outcome.CARRIED,
        ),
        ("The amendment got 5 votes for and 5 against; the chair's casting vote was cast against.", Outcome.DEFEATED),
        ("There were 6 votes in favour of the motion and 6 against, so it fell.", Outcome.DEFEATED),
    ],
)
def test_a_labelled_tie_takes_the_casting_vote(body: str, outcome: Outcome) -> None:
    votes = one_report(body).votes
    assert [(v.for_, v.against) for v in votes][:1] in ([(8, 8)], [(5, 5)], [(6, 6)])
    assert votes[0].outcome is outcome


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("The vote on the rule change was eleven to four in favour.", (11, 4, None)),
        ("The vote was twelve to three.", (12, 3, None)),
        ("The result was nine to two against the amendment.", (2, 9, None)),
        ("The vote was 14-3 against the proposal.", (3, 14, None)),
    ],
)
def test_a_pair_after_the_vote_it_counts(body: str, counts: Counts) -> None:
    assert tally_counts(body) == [counts]


@pytest.mark.parametrize(
    "body",
    ["The vote was five to ten minutes late in starting.", "The meeting was twenty to three on the clock."],
)
def test_times_after_was_are_no_pair(body: str) -> None:
    assert tally_counts(body) == []
