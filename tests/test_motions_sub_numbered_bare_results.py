"""Minutes that number their paragraphs in parts (round 29): a bare result under the item moved a line before ("5.1
Moved by A, seconded by B." / "5.2 Remitted to the Pay Committee."), and a numbered label over lettered parts ("7.1
AGREED:" / "(a) that ...;" / "(b) that ..."). The paragraph's number is no word of the result: "5.2 Remitted ..." is
the moved item's result (one motion), and "7.1 AGREED:" heads its parts (one motion each). Written for these tests in
union, council, CLP and NEC voices; near-miss: a numbered paragraph with an item of its own keeps its own motion."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def motions(text: str) -> list[tuple[str, str]]:
    return [(m.outcome.value, m.evidence.text) for r in extract(text, "page.txt").reports for m in r.motions]


BARE = [
    (
        "Minutes of the National Executive Council held on 22 January 2025\n\n"
        "5. EASTERN DIVISION MOTION – PAY CLAIM\n5.1 Moved by Gary Lister, seconded by Jasmine Cole.\n"
        "5.2 Remitted to the Pay Committee.\n",
        "remitted",
    ),
    (
        "Minutes of the Council meeting held on 25 September 2025\n\n"
        "36. NOTICE OF MOTION – BUSES\n36.1 Moved by Councillor Jalloh, seconded by Councillor Kenyon.\n"
        "36.2 Referred to the Overview and Scrutiny Committee.\n",
        "remitted",
    ),
    (
        "General Committee minutes, Tuesday 11 November 2025\n\n"
        "5.3 Moorside branch – quorum of GC\n5.3.1 Moved by Ken Ashworth, seconded by Delia Marsh.\n"
        "5.3.2 Withdrawn.\n",
        "withdrawn",
    ),
]


@pytest.mark.parametrize(("text", "outcome"), BARE)
def test_a_numbered_bare_result_settles_the_item_moved(text: str, outcome: str) -> None:
    assert [found for found, _ in motions(text)] == [outcome]


LABELLED = [
    "Minutes of the National Executive Council held on 22 January 2025\n\n"
    "7. ANNUAL CONFERENCE\n7.1 AGREED:\n(a) that the conference be held in Bournemouth;\n"
    "(b) that each branch be entitled to one extra delegate.\n",
    "Minutes of the Regional Committee held on 8 November 2025\n\n"
    "17. REGIONAL CONFERENCE\n17.2 RESOLVED:\n(a) to hold the conference in Wakefield;\n"
    "(b) to invite the General Secretary to speak.\n",
]


@pytest.mark.parametrize("text", LABELLED)
def test_a_numbered_label_heads_its_parts(text: str) -> None:
    found = motions(text)
    assert [outcome for outcome, _ in found] == ["carried", "carried"]
    assert all(evidence.startswith(("(a)", "(b)")) for _, evidence in found)


def test_a_numbered_paragraph_with_its_own_item_is_its_own_motion() -> None:
    text = (
        "Minutes of the National Executive Council held on 22 January 2025\n\n"
        "5.1 Moved by Gary Lister, seconded by Jasmine Cole: that the union affiliates to the coalition.\n"
        "5.2 Carried.\n"
        "5.3 The proposal to buy a new van was deferred to March.\n"
    )
    assert [outcome for outcome, _ in motions(text)] == ["carried", "deferred"]


def test_a_numbered_label_over_its_own_item_is_no_bare_result() -> None:
    text = (
        "Branch Executive Committee minutes, 4 March 2025\n\n"
        "2.3 AGREED: that the branch recommends members reject the offer; 14 for, 5 against.\n"
        "2.4 AGREED: that the branch holds workplace meetings at every main site.\n"
    )
    assert [outcome for outcome, _ in motions(text)] == ["carried", "carried"]
