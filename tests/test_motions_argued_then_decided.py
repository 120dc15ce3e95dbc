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
