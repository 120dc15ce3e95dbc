"""A proposal told as what members argued or pressed for, settled by a sentence just after that refers back to it
(round 14): "We argued for both A and B to be ... . Sadly this was lost on both counts." is two defeated motions.
Every sentence is written for these tests, in branch, union and party voices, active and passive, with negatives:
an argument with no result, and a result too far from the argument to be its."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

BRANCH = "Eastside branch meeting, 14 May 2024"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
PARTY = "Regional Council report – 9 March 2024"


def outcomes(body: str, title: str) -> list[str]:
    document = extract(f"{title}\n\nThe chair welcomed everyone.\n\n{body}\n\nThe meeting closed at 9pm.\n", "p.txt")
    return [m.outcome.value for r in document.reports for m in r.motions]


ARGUED = [
    # passive result, "both A and B": two items
    (
        "We argued for both the treasurer and the two youth seats to be elected by postal ballot. Sadly this was "
        "lost on both counts.",
        BRANCH,
        ["defeated", "defeated"],
    ),
    # active result with the side as subject, a sentence of reasons between
    (
        "Several of us pressed hard for the strike fund to be doubled. We think the dispute will be a long one.\n\n"
        "We lost that vote narrowly.",
        UNION,
        ["defeated"],
    ),
    # "made the case that", the result put and told
    (
        "Jo Bryce made the case that the regional office should stay in Truro. It was put to the vote and carried.",
        PARTY,
        ["carried"],
    ),
]


@pytest.mark.parametrize(("body", "title", "expected"), ARGUED)
def test_the_argued_proposal_takes_the_result_told_after_it(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


NOT_SETTLED = [
    # an argument with no result after it: a view, not a motion
    ("We argued that the cuts would hurt the lowest paid. It was a lively debate.", UNION),
    # the result is three sentences on, after other business: not the argument's
    (
        "We pushed for a new website. The treasurer gave her report. The secretary read the correspondence. "
        "The social committee met twice.",
        BRANCH,
    ),
]


@pytest.mark.parametrize(("body", "title"), NOT_SETTLED)
def test_an_argument_with_no_result_of_its_own_is_no_motion(body: str, title: str) -> None:
    assert outcomes(body, title) == []


ARGUED_AND_SETTLED_IN_ONE = [
    ("The left pushed for an open selection but lost the vote 9-4.", PARTY, ["defeated"]),
    ("We argued for a postal vote for officers, but were outvoted.", BRANCH, ["defeated"]),
    ("Several of us called for a hardship fund, which was agreed.", BRANCH, ["carried"]),
    ("Lay members pressed for a strike levy and won the vote by 21 to 14.", UNION, ["carried"]),
    ("I argued that the report should be referred back, but lost 20-9.", PARTY, ["defeated"]),
    ("We argued for both a women's officer and a youth officer but were defeated.", BRANCH, ["defeated", "defeated"]),
]


@pytest.mark.parametrize(("body", "title", "expected"), ARGUED_AND_SETTLED_IN_ONE)
def test_an_argued_proposal_settled_in_its_own_sentence(body: str, title: str, expected: list[str]) -> None:
    """ "We pushed for X but lost the vote 9-4": the side's own loss or win, or the proposal's result in a clause
    after the argument, is the proposal's result."""
    assert outcomes(body, title) == expected


NOT_SETTLED_IN_ONE = [
    # another organisation arguing, at a meeting of its own
    ("Unite argued for a ballot but lost the vote at its conference.", PARTY),
    # an argument and an act of the author's, no result
    ("We argued for an open selection and I spoke in the debate.", PARTY),
    # a side that disagreed is no result
    ("We argued for a ballot, but the majority disagreed with the timing.", BRANCH),
]


@pytest.mark.parametrize(("body", "title"), NOT_SETTLED_IN_ONE)
def test_an_argument_with_no_result_in_its_sentence_is_no_motion(body: str, title: str) -> None:
    assert outcomes(body, title) == []


def test_a_vote_asked_for_on_the_motion_before_settles_that_motion() -> None:
    """ "X moved a motion. ... X asked for a vote anyway, and it was defeated": the motion's result, no new item."""
    body = (
        "Dana Frost moved a motion on branch rules. Some felt it was early days. Dana asked for a vote anyway, and it "
        "was defeated by 12 votes to 5."
    )
    assert outcomes(body, BRANCH) == ["defeated"]
