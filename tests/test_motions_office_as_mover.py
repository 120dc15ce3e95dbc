"""A proposal put by an office-holder named only by the office ("The treasurer proposed that ...", "Our secretary
moved that ...") is a motion, settled by the bare result after it, as one put by a named person is. Minutes-style
sentences written for these tests."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _motions(body: str, title: str = "Branch meeting, 3 March 2025") -> list[tuple[str, list[str]]]:
    report = extract(f"{title}\n\n{body}\n").reports[0]
    return [(m.outcome.value, m.seconders) for m in report.motions]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The treasurer proposed that the branch affiliate to the campaign. Agreed.", [("carried", [])]),
        ("The chair proposed that the meeting be adjourned. Agreed.", [("carried", [])]),
        ("Our secretary moved that the accounts be approved. Carried.", [("carried", [])]),
        (
            "The treasurer proposed that the branch affiliate to the campaign. Seconded by Raj Patel. Agreed.",
            [("carried", ["Raj Patel"])],
        ),
        ("After discussion, the vice-chair moved that the item be deferred. Agreed.", [("deferred", [])]),
    ],
)
def test_an_office_before_a_mover_verb_puts_the_item(body: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _motions(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The weather moved in quickly and the meeting ended early.",
        "The discussion moved on to the budget.",
        "A letter to the treasurer proposed nothing new.",
        "Concerns were raised that the chair moved too fast.",
    ],
)
def test_no_office_no_item(body: str) -> None:
    assert _motions(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A change to the standing orders was put to the vote and carried.", [("carried", [])]),
        ("A change to the rules on quorum was agreed by the committee.", [("carried", [])]),
        ("Changes to the constitution were put to the meeting and agreed.", [("carried", [])]),
    ],
)
def test_a_change_put_and_settled_in_the_passive(body: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _motions(body) == expected


def test_a_change_that_is_no_item() -> None:
    assert _motions("A change of venue was announced for the next meeting.") == []
