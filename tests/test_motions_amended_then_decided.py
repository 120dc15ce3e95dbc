"""An item said to have been amended and then decided is two decisions (round 21, kinds21): "The motion was amended
by Jo Reid and then carried" is an amendment (carried, moved by Jo Reid) and the motion (carried). Not "carried as
amended", "as amended by ..." (no amending told), nor an amending with no result after it.

So is an item carried with an amendment named in a phrase of its decision (round 23): "The report was agreed with an
amendment from Jo Bell" is an amendment (carried, moved by Jo Bell) and the report (carried); "with two amendments" is
two; "with the amendment" after an amendment told and left open settles that one. Not "with no amendments", "without
amendment", amendments "to follow", "with amendments" or "the amendments discussed" (none told as put), an amendment the
sentence says fell, nor an item that fell.

Every sentence is written for these tests, in CLP, union and council minutes, an NEC write-up and a news report.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

NEC = "NEC report – 12 March 2024"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
COUNCIL = "Minutes of the Full Council meeting, 9 July 2024"
CLP = "Riverside CLP General Committee – 3 May 2024"
NEWS = "Union executive backs pay offer after marathon meeting on 2 October 2024"


def motions(body: str, title: str) -> list[tuple[str, str, list[str]]]:
    document = extract(f"{title}\n\n{body}\n", "page.txt")
    return [(m.kind.value, m.outcome.value, m.movers) for r in document.reports for m in r.motions]


CASES = [
    (
        "The motion was amended by Jo Reid and then carried.",
        CLP,
        [("amendment", "carried", ["Jo Reid"]), ("motion", "carried", [])],
    ),
    (
        "The motion on rail fares was amended and then carried unanimously.",
        UNION,
        [("amendment", "carried", []), ("motion", "carried", [])],
    ),
    (
        "The motion was amended by Sam Lee, and the amended motion was carried 12-3.",
        COUNCIL,
        [("amendment", "carried", ["Sam Lee"]), ("motion", "carried", [])],
    ),
    (
        "The motion was amended by the mover and then carried.",
        NEC,
        [("amendment", "carried", []), ("motion", "carried", [])],
    ),
    # near-misses
    ("The motion was carried as amended.", CLP, [("motion", "carried", [])]),
    ("The motion, as amended by Jo Reid, was carried.", UNION, [("motion", "carried", [])]),
    ("The rules were amended in 2019 and then forgotten.", NEC, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), CASES)
def test_amended_then_decided(body: str, title: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert motions(body, title) == expected


AMENDED = ("amendment", "carried")

CASES = [
    ("The report was agreed with an amendment from Jo Bell adding a review after a year.", CLP, 1, ["Jo Bell"]),
    ("Council agreed the budget with an amendment moved by Cllr Ann Lee to restore the youth grant.", COUNCIL, 1, []),
    ("The committee adopted the strategy, subject to an amendment deleting the section on fees.", UNION, 1, []),
    ("The paper, with Unite's amendment, was agreed unanimously.", NEC, 1, []),
    ("The executive endorsed the code of conduct with two amendments from the youth officer.", NEWS, 2, []),
    ("The motion was carried, incorporating an amendment from Northside branch.", CLP, 1, []),
]


@pytest.mark.parametrize(("body", "title", "amendments", "movers"), CASES)
def test_an_item_carried_with_amendments_is_a_decision_each(
    body: str, title: str, amendments: int, movers: list[str]
) -> None:
    found = motions(body, title)
    told = [m for m in found if (m[0], m[1]) == AMENDED]
    assert len(told) == amendments
    assert len(found) == amendments + 1
    assert found[-1][1] == "carried" and found[-1][0] != "amendment"
    if movers:
        assert told[0][2] == movers


def test_the_amendment_told_before_is_settled_not_counted_again() -> None:
    body = "Jo Bell moved an amendment to add a review after a year. The report was then agreed with the amendment."
    assert motions(body, CLP) == [("amendment", "carried", ["Jo Bell"]), ("report", "carried", [])]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("The budget was agreed with no amendments.", COUNCIL),
        ("The working party's report was agreed with amendments.", UNION),  # none told as put
        ("The executive decided to approve the revised strategy, with the amendments discussed.", NEWS),
        ("The motion was carried without amendment.", CLP),
        ("The motion was carried, with an amendment from Jo Bell having fallen.", UNION),
        ("The motion on rail, with an amendment from Jo Bell, was defeated 10-14.", NEC),
    ],
)
def test_no_amendment_carried_is_told(body: str, title: str) -> None:
    assert not [m for m in motions(body, title) if m[0] == "amendment"]


def test_amendments_still_to_come_are_no_decision() -> None:
    assert motions("The report was noted, with amendments to follow in March.", UNION) == []
