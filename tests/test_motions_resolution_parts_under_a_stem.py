"""A resolution set out in parts under its label (round 29): "RESOLVED: That the Board" over "(a) notes ...;",
"(b) approves ...;" lines, or "Resolved:" over "a) to note ...; b) to accept ...; c) to close ..." run on in one
line. Each part that decides is one motion (SPEC Rulings: "the NEC agreed: A; B; C" is three); a part that only
notes or receives is none, and so is the stem ("That the Board") itself. Every resolution is written for these
tests, in council, union, CLP and NEC voices, with near-misses: a resolution whose parts all only note, and a
label over a decision that is no stem.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

COUNCIL = "Minutes of the meeting of the County Council held on 9 October 2025"
UNION = "Minutes of the Regional Committee held on 8 November 2025"
CLP = "General Committee minutes, 11 November 2025"
NEC = "Minutes of the National Executive Committee, 25 November 2025"


def motions(body: str, title: str) -> list[tuple[str, str]]:
    document = extract(f"{title}\n\n{body}\n\nThe meeting closed at 9pm.\n", "page.txt")
    return [(m.outcome.value, m.evidence.text) for r in document.reports for m in r.motions]


STEMS = [
    (
        "12  CLIMATE STRATEGY\nThe Cabinet Member introduced the report.\nRESOLVED: That the County Council\n"
        "(a) notes the responses to the consultation;\n(b) adopts the Climate Strategy; and\n"
        "(c) asks the Director of Place to report on progress every year.",
        COUNCIL,
        ["(b) adopts the Climate Strategy; and", "(c) asks the Director of Place to report on progress every year."],
    ),
    (
        "7. Congress motions\nMembers discussed the motion from the Leeds branch.\nAGREED: that the Committee\n"
        "(i) submits the motion to Congress as amended;\n(ii) notes the national executive's response; and\n"
        "(iii) instructs the Regional Secretary to find a seconding region.",
        UNION,
        [
            "(i) submits the motion to Congress as amended;",
            "(iii) instructs the Regional Secretary to find a seconding region.",
        ],
    ),
    (
        "Item 4 – Disputes\nThe Chair presented the panel's report.\nRESOLVED: That the NEC\n"
        "(a) receives the report of the Disputes Panel;\n(b) endorses its decisions of 4 November.",
        NEC,
        ["(b) endorses its decisions of 4 November."],
    ),
]


@pytest.mark.parametrize(("body", "title", "expected"), STEMS)
def test_each_deciding_part_under_a_stem_is_a_motion(body: str, title: str, expected: list[str]) -> None:
    assert motions(body, title) == [("carried", text) for text in expected]


RUN_ON = [
    (
        "5. Playing field\nResolved:\na) to note the inspection report;\nb) to buy new safety surfacing; and\n"
        "c) to close the play area during the works.",
        COUNCIL,
        2,
    ),
    (
        "6. Social\nResolved:\n  (a) to note the treasurer's figures;\n"
        "  (b) to hire the hall for the Christmas social; and\n  (c) to cap the ticket price at £10.",
        CLP,
        2,
    ),
]


@pytest.mark.parametrize(("body", "title", "count"), RUN_ON)
def test_parts_run_on_in_one_line_under_a_bare_label(body: str, title: str, count: int) -> None:
    found = motions(body, title)
    assert [outcome for outcome, _ in found] == ["carried"] * count
    assert not any("to note" in text for _, text in found)


NEAR_MISSES = [
    (
        "3. Annual reports\nRESOLVED: That the Committee\n(a) notes the annual report of the Auditor;\n"
        "(b) receives the treasury management update.",
        UNION,
    ),
    ("8. Reports\nResolved:\n(a) to note the Clerk's report;\n(b) to receive the police report.", COUNCIL),
]


def test_a_part_that_thanks_is_a_decision() -> None:
    found = motions("4. Pay\nRESOLVED: That the Committee\n(a) notes the result;\n(b) thanks the negotiators.", UNION)
    assert [outcome for outcome, _ in found] == ["carried"]


@pytest.mark.parametrize(("body", "title"), NEAR_MISSES)
def test_parts_that_only_note_decide_nothing(body: str, title: str) -> None:
    assert motions(body, title) == []


def test_a_label_over_a_decision_is_no_stem() -> None:
    found = motions("9. Donations\nAGREED: That the Branch Committee donates £200 to the food bank.", CLP)
    assert [outcome for outcome, _ in found] == ["carried"]
