"""Minutes forms of a resolution the tool missed (round 15, issues 12 and 13): a label alone on its line with the
resolution ("That ...") under it; a one-word label in lower case closed by a colon or dash; a resolution whose parts
are numbered, each part its own decision; the formula "moved by A, seconded by B and RESOLVED that ..."; and an item
whose consideration was put off or sent on ("Consideration of X was deferred"). Pages written for these tests in the
styles of council, union branch, CLP and party committee minutes, with negatives; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, R, DEF = Outcome.CARRIED, Outcome.DEFEATED, Outcome.REMITTED, Outcome.DEFERRED

HEAD = "Branch minutes, 14 May 2025\n\nPresent: eleven members.\n\n"


def _outcomes_and_words(body: str) -> list[tuple[Outcome, str]]:
    return [(m.outcome, m.evidence.text) for m in titled_page_motions(HEAD + body)]


@pytest.mark.parametrize(
    ("body", "word"),
    [
        (
            "Hall hire\nMembers talked over the options.\nDECISION:\nThat the hall be hired for the social.",
            "hall be hired",
        ),
        ("Grants\nRESOLVED –\nThat the grant to the youth club be renewed for a year.", "youth club"),  # a council
        ("Newsletter\nAgreed:\nTo print four issues next year.", "four issues"),  # a CLP's informal label
        ("Banner\nDecision:\n(a) That a new banner be bought.", "banner"),  # a numbered part under it
    ],
)
def test_a_resolution_under_a_label_alone_on_its_line_is_decided(body: str, word: str) -> None:
    found = _outcomes_and_words(body)
    assert [o for o, _ in found] == [C]
    assert word in found[0][1]


@pytest.mark.parametrize(
    "body",
    [
        "AOB\nDecisions:\nThe Chair thanked the retiring secretary.",  # a heading for what follows, no resolution
        "Finance\nRESOLVED:\n\nThe treasurer gave a long account of the year.",  # prose under it, not a resolution
    ],
)
def test_prose_under_a_label_alone_is_no_resolution(body: str) -> None:
    assert _outcomes_and_words(body) == []


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("resolved: that the new charges be adopted.", 1),  # a parish clerk's lower case
        ("decision – to send two delegates to the rally.", 1),
        ("agreed: to write to the MP about the cuts; to send a delegate to the rally.", 2),
    ],
)
def test_a_lower_case_label_closed_by_a_colon_or_dash_decides(body: str, count: int) -> None:
    assert [o for o, _ in _outcomes_and_words(body)] == [C] * count


def test_a_lower_case_word_with_no_colon_is_no_label() -> None:
    # "resolved" in running prose is not a label: the issue settled is no decision of the meeting
    assert _outcomes_and_words("Item 4\nresolved issues from the audit were listed by the treasurer.") == []


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        (
            "RESOLVED – (1) that the budget be approved; (2) that the reserves policy be reviewed.",
            ["budget", "reserves"],
        ),
        (
            "It was RESOLVED: (a) to back the strike, and (b) to donate £100 to the hardship fund.",
            ["strike", "hardship"],
        ),
        (
            "Resolved – 1. that the plan be adopted; 2. that officers report back; 3. that the clerk write to the MP.",
            ["plan", "report back", "MP"],
        ),
    ],
)
def test_each_numbered_part_of_a_resolution_is_a_decision(body: str, parts: list[str]) -> None:
    found = _outcomes_and_words(body)
    assert [o for o, _ in found] == [C] * len(parts)
    for (_, evidence), word in zip(found, parts, strict=True):
        assert word in evidence
        assert evidence.lstrip("(").startswith(("1", "2", "3", "a", "b"))


@pytest.mark.parametrize(
    "body",
    [
        "It was moved by Cllr Ann Pike, seconded by Cllr Bo Lee and RESOLVED that the contract be renewed.",
        "Moved by Jo Hart, seconded by Sam Idle and resolved unanimously that the branch join the trades council.",
        "Proposed by Ama Osei, seconded by Tom Reed, and it was resolved to write to the MP.",
    ],
)
def test_moved_seconded_and_resolved_is_carried(body: str) -> None:
    assert [o for o, _ in _outcomes_and_words(body)] == [C]


def test_an_issue_resolved_after_the_seconding_is_no_decision() -> None:
    body = "The motion was seconded by Jo Hart and the confusion over dates was resolved after a long debate."
    assert [o for o, _ in _outcomes_and_words(body)] != [C]


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("Consideration of the new hall charges was DEFERRED to the next meeting.", DEF),
        ("Discussion of the website quote was postponed until the autumn.", DEF),
        ("Further consideration of the grant was referred to the Finance Sub-Committee.", R),
        ("The item on the play area was deferred pending a second quote.", DEF),  # a council's item
    ],
)
def test_consideration_put_off_or_sent_on_is_an_item(body: str, outcome: Outcome) -> None:
    assert [o for o, _ in _outcomes_and_words(body)] == [outcome]


@pytest.mark.parametrize(
    "body",
    [
        "Discussion of the parking problems was lively.",
        "Consideration of the accounts was thorough, and the treasurer was thanked.",
    ],
)
def test_consideration_not_put_off_is_no_item(body: str) -> None:
    assert _outcomes_and_words(body) == []


# round 19: a label alone on its line over parts numbered on their own lines decides every part; a label negated
# ("Not agreed:", "NOT AGREED –") decides its item the other way, and is a decision of its own, not a further result
@pytest.mark.parametrize(
    ("body", "outcomes"),
    [
        (
            "Climate plan\nRESOLVED (unanimously):\n(a) That the action plan be adopted.\n(b) That progress be "
            "reported every six months.",
            [C, C],
        ),
        (
            "Budget\nDECISION:\n1. To approve the draft budget for consultation.\n2. To freeze the hall charges.\n"
            "3. To review the reserves in the autumn.",
            [C, C, C],
        ),
        (
            "Socials\nNot agreed: the proposal to charge for the Christmas social.\nAgreed: that the quiz go ahead.",
            [D, C],
        ),
        (
            "Agreed: that a letter be sent to the MP.\nNOT AGREED – that the branch leave the federation.",
            [C, D],
        ),
    ],
)
def test_parts_under_a_bare_label_and_negated_labels(body: str, outcomes: list[Outcome]) -> None:
    assert [o for o, _ in _outcomes_and_words(body)] == outcomes


def test_numbered_lines_under_prose_are_no_resolution() -> None:
    # no label above the numbered lines: an agenda, not a resolution
    body = "Agenda for June\n1. To receive apologies.\n2. To hear the treasurer's report."
    assert _outcomes_and_words(body) == []
