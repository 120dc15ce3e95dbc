"""A list whose intro is itself a decision told by its verb, with no outcome word ("The SEC decided to put the
following rule changes to conference:"), over bullets some of which tell no result of their own (round 14): those
bullets take the intro's decision. And a bullet that changes how posts are filled ("from a ballot of all members to
a ballot of delegates", "to be chosen by a ballot of all members") proposes a rule, it is no ballot the members
held. Every list is written for these tests, in Scottish executive, union and branch voices, with negatives."""

from __future__ import annotations

import pytest

from nec_extract.extractors.motions.elections.ballot_decided import ballot_as_a_method
from nec_extract.pipeline import extract

SCOTTISH = "Scottish Executive Committee report – 3 May 2024"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
BRANCH = "Eastside branch meeting, 14 May 2024"


def outcomes(body: str, title: str) -> list[str]:
    document = extract(f"{title}\n\nThe chair opened the meeting.\n\n{body}\n\nThe meeting closed.\n", "p.txt")
    return [m.outcome.value for r in document.reports for m in r.motions]


LISTS = [
    (
        "The SEC decided to put the following rule changes to conference:\n"
        "• Limiting delegations to six. This was agreed by 16 votes to 11.\n"
        "• Moving the election of the two youth members from a ballot of all members to a ballot of delegates.\n",
        SCOTTISH,
        ["carried", "carried", "carried"],
    ),
    (
        "The executive chose to send the following motions to the delegate conference:\n"
        "- a motion on the pay claim;\n"
        "- a motion asking for branch officers to be elected by a ballot of the members.\n",
        UNION,
        ["carried", "carried", "carried"],
    ),
    (
        "We resolved to submit the following proposals to the regional meeting:\n"
        "• more money for the food bank;\n"
        "• the secretary to be chosen by a ballot of all members.\n",
        BRANCH,
        ["carried", "carried", "carried"],
    ),
]


@pytest.mark.parametrize(("body", "title", "expected"), LISTS)
def test_bullets_with_no_result_take_the_decision_of_the_intro(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


def test_an_intro_that_only_considers_leaves_its_bullets_undecided() -> None:
    body = "The executive considered the following motions:\n- a motion on the pay claim;\n- a motion on pensions.\n"
    assert "carried" not in outcomes(body, UNION)


def test_a_ballot_as_the_way_to_fill_a_post_is_a_rule_not_a_ballot_held() -> None:
    method = "moving the election from a ballot of all members to a ballot of delegates"
    assert ballot_as_a_method(method, method.index("ballot of all"))
    asked = "for the chair to be chosen by a ballot of all members"
    assert ballot_as_a_method(asked, asked.index("ballot"))
    held = "Kate was elected by a ballot of all members with 142 votes to 96"
    assert not ballot_as_a_method(held, held.index("ballot"))
    result = "the result of the ballot of members was announced"
    assert not ballot_as_a_method(result, result.index("ballot"))
