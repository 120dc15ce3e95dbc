"""Outcomes that counts of votes imply (round 18): a line that is a tally and nothing else, under an item's heading, is
that item's result as "Carried." is ("Motion 5: library hours" / "For – 9  Against – 2"); a casting vote for or
against an item decides it ("The chair used her casting vote to defeat the proposal"); a meeting that split by its
counts ("Delegates split 10-10 on the amendment") held a vote; a clause whose subject is the vote of the item before
("..., and the chair's casting vote went against it") tells that item's result, not a motion of its own. Sentences
written for these tests in several registers; none is quoted from a real page or a probe.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import one_report, report_outcomes


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("Motion 5: library opening hours\nFor – 9  Against – 2", Outcome.CARRIED),
        ("Emergency motion on rents\nFor: 3\nAgainst: 8\nAbstentions: 1", Outcome.DEFEATED),
        ("Rule change 2 – quorum of the GC\n12 votes to 3.", Outcome.CARRIED),
        ("Amendment from Riverside ward\nThe vote was 4 to 11.", Outcome.DEFEATED),
        ("Proposal to twin with a branch abroad\nVoting: 14 for, 2 against.", Outcome.CARRIED),
    ],
)
def test_a_tally_line_under_an_items_heading_decides_it(body: str, outcome: Outcome) -> None:
    report = one_report(body)
    assert [m.outcome for m in report.motions] == [outcome]
    assert report.motions[0].vote is not None


def test_a_tally_line_under_a_sentence_decides_nothing_above() -> None:
    report = one_report("The meeting was well attended.\nFor – 9  Against – 2")
    assert report.motions == []
    assert [(v.for_, v.against) for v in report.votes] == [(9, 2)]


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("The chair used his casting vote in favour of the motion.", Outcome.CARRIED),
        ("The chair used her casting vote to defeat the proposal.", Outcome.DEFEATED),
        ("The president gave her casting vote for the rule change.", Outcome.CARRIED),
        ("The amendment was tied, and the chair's casting vote was cast against it.", Outcome.DEFEATED),
    ],
)
def test_a_casting_vote_decides_the_item(body: str, outcome: Outcome) -> None:
    assert report_outcomes(body) == [outcome]


def test_talk_of_a_casting_vote_decides_nothing() -> None:
    assert report_outcomes("We discussed whether the chair should have a casting vote at all.") == []


@pytest.mark.parametrize(
    ("body", "counts", "outcome"),
    [
        ("Delegates split 10-10 on the amendment.", (10, 10), Outcome.DEFEATED),
        ("The committee divided 6-5 on the recommendation, which was agreed.", (6, 5), Outcome.CARRIED),
    ],
)
def test_a_meeting_split_by_its_counts(body: str, counts: tuple[int, int], outcome: Outcome) -> None:
    report = one_report(body)
    assert [(v.for_, v.against) for v in report.votes] == [counts]
    assert [m.outcome for m in report.motions] == [outcome]


def test_costs_split_are_no_vote() -> None:
    assert one_report("The costs of the hall are to be split 50-50 with the ward.").votes == []


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        (
            "The motion received 9 votes in favour and 9 against, and the chair's casting vote went against it.",
            Outcome.DEFEATED,
        ),
        ("The rule change was put to the meeting, and the vote went against it.", Outcome.DEFEATED),
    ],
)
def test_a_clause_about_the_items_vote_is_no_motion_of_its_own(body: str, outcome: Outcome) -> None:
    assert report_outcomes(body) == [outcome]


def test_a_clause_about_another_items_vote_is_its_own_motion() -> None:
    body = "The amendment was lost, and the vote on the substantive motion was 15 to 2 in favour."
    assert report_outcomes(body) == [Outcome.DEFEATED, Outcome.CARRIED]
