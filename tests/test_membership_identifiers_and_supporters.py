"""A number that names something ("an interest in item 4 as a member of ...") is no membership figure; a part the
copula names as supporters ("of whom 41,000 are affiliated supporters") is the supporters' figure."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _figures(body: str, heading: str = "Branch meeting, 3 May 2025") -> list[tuple[str, int]]:
    reports = extract(f"{heading}\n\n{body}\n").reports
    return [(f.metric.value, f.value) for r in reports for f in r.membership]


@pytest.mark.parametrize(
    "body",
    [
        # council minutes: declarations of interest
        "Councillor Tull declared a non-pecuniary interest in item 4 as a member of the Mill Lane Residents' "
        "Association and took no part in the debate.",
        "Cllr Ray declared an interest in item 7 as a member of Unite.",
        # union minutes
        "Rule 12 sets out who members can nominate.",
        # CLP notes
        "Motion 3 on members' rights was moved by the secretary.",
        # NEC blog
        "Clause 9 covers how members of the NCC are chosen.",
    ],
)
def test_a_number_after_an_identifier_word_is_no_figure(body: str) -> None:
    assert _figures(body) == []


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("The branch now has 1,200 members.", [("members", 1200)]),
        (
            "Item 4: the secretary reported 1,412 members, of whom 38 joined in January.",
            [("members", 1412), ("joined", 38)],
        ),
    ],
)
def test_counts_beside_an_identifier_still_count(body: str, figures: list[tuple[str, int]]) -> None:
    assert _figures(body) == figures


@pytest.mark.parametrize(
    "body",
    [
        # a union's NEC rep
        "Simon Achebe reported 312,000 members, of whom about 41,000 are affiliated supporters through the unions.",
        # an NEC blog
        "The General Secretary said we have 390,000 members, of whom about 41,000 are affiliated supporters.",
        # news
        "Labour has 370,000 members, of whom 41,000 were affiliated supporters through the unions.",
    ],
)
def test_a_count_named_supporters_by_the_copula_is_the_supporters_figure(body: str) -> None:
    assert ("supporters", 41000) in _figures(body)


def test_a_count_in_arrears_is_still_arrears() -> None:
    assert _figures("The party has 400,000 members, of whom 12,000 are in arrears.") == [
        ("members", 400000),
        ("arrears", 12000),
    ]
