"""A tally in a news report's headline or standfirst that the body tells again is listed once, from the body (SPEC:
Rulings), also when the head gave its pair the other way round: a headline's verdict in the present ("Executive
throws out offer by 30 votes to 4") leaves the pair in written order, the body's past tense orients it. A head tally
the body does not tell again stays. Pages written for these tests; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _pairs(page: str) -> list[tuple[int | None, int | None]]:
    reports = extract(page).reports
    assert len(reports) == 1
    return [(vote.for_, vote.against) for vote in reports[0].votes]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a union executive, a news report with a byline
        (
            "Union executive rejects pay offer\n\nExecutive throws out offer by 30 votes to 4\n\nBy Jo Bell\n\n"
            "The union's executive voted by 30 votes to 4 against the offer on Monday.\n",
            [(4, 30)],
        ),
        # a party's national executive
        (
            "Party executive turns down call for inquiry\n\n"
            "National executive turns down call for inquiry by 18 votes to 12\n\n"
            "Members of the executive voted 18-12 against the call at their meeting.\n",
            [(12, 18)],
        ),
        # a council, the body's count in the passive
        (
            "Councillors throw out bus lane plan\n\nCouncil throws out plan 25-19\n\n"
            "The plan was defeated by 25 votes to 19 at the meeting on Thursday.\n",
            [(19, 25)],
        ),
    ],
)
def test_a_head_pair_told_the_other_way_below_is_listed_once(page: str, expected: list[tuple[int, int]]) -> None:
    assert _pairs(page) == expected


def test_a_head_pair_the_body_does_not_tell_again_stays() -> None:
    page = (
        "Union executive rejects pay offer\n\nExecutive throws out offer by 30 votes to 4\n\n"
        "The executive later voted 28-6 against a second offer.\n"
    )
    assert _pairs(page) == [(30, 4), (6, 28)]


def test_the_body_keeps_both_of_its_own_pairs() -> None:
    page = (
        "Union executive rejects pay offer\n\nExecutive throws out offer by 30 votes to 4\n\n"
        "The executive voted 4-30 on the first offer and 30-4 on the second.\n"
    )
    assert _pairs(page) == [(4, 30), (30, 4)]
