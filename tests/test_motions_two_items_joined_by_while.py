"""Two items in one sentence, the second after a contrast with its own subject and result (round 14): "A proposal to
publish the register was passed, while a call for a review of allowances was defeated by 20 votes to 13" is two
motions, carried and defeated. Every sentence is written for these tests, in union, branch and council voices,
passive and active, with negatives: a contrast whose clause decides nothing."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
BRANCH = "Eastside branch meeting, 14 May 2024"
COUNCIL = "Minutes of the meeting of Full Council held on 8 July 2024"


def outcomes(body: str, title: str) -> list[str]:
    document = extract(f"{title}\n\nThe chair welcomed everyone.\n\n{body}\n\nThe meeting closed at 9pm.\n", "p.txt")
    return [m.outcome.value for r in document.reports for m in r.motions]


TWO = [
    (
        "A proposal to publish the register of interests was passed, while a call for a review of members' "
        "allowances was defeated by 20 votes to 13.",
        COUNCIL,
        ["carried", "defeated"],
    ),
    (
        "The motion on rents was carried unanimously, whereas the amendment from the youth section was lost.",
        UNION,
        ["carried", "defeated"],
    ),
    (
        "The branch agreed the accounts, whilst a proposal to raise the subscription for retired members was "
        "withdrawn.",
        BRANCH,
        ["carried", "withdrawn"],
    ),
    (
        "The executive approved the strike ballot, while the motion calling for a national demonstration fell.",
        UNION,
        ["carried", "defeated"],
    ),
]


@pytest.mark.parametrize(("body", "title", "expected"), TWO)
def test_each_item_of_the_contrast_keeps_its_own_result(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


ONE = [
    ("The motion on rents was carried, while the chair looked on in silence.", UNION),
    ("The accounts were approved, while a member of the public was asked to leave the gallery.", COUNCIL),
]


@pytest.mark.parametrize(("body", "title"), ONE)
def test_a_contrast_that_decides_nothing_adds_no_motion(body: str, title: str) -> None:
    assert outcomes(body, title) == ["carried"]
