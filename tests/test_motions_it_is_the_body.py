""" "It" or "they" as the meeting's body (issue 13, round 7): after a sentence that opens with the body named ("The
NEC agreed the budget.", "The executive met on Tuesday."), "It also agreed to ..." and "They approved ..." are that
body deciding again, a decision of its own, not a restatement of the one before. Not after another body ("The
regional board met. It approved ..."), not a stance that may be the motion's own ("It supported the strike"), and
not "It was agreed". Sentences written for these tests in several styles; none is quoted from a real page or a
probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, U = Outcome.CARRIED, Outcome.DEFEATED, Outcome.UNKNOWN


@pytest.mark.parametrize(
    ("page", "expected", "second"),
    [
        # NEC write-up
        (
            "NEC report\n\nThe NEC agreed the budget for 2024. It also agreed to set up a review of the offices.",
            [C, C],
            "review",
        ),
        # news
        (
            "Party news\n\nLabour's NEC voted to suspend the CLP. It also decided to hold a fresh selection.",
            [C, C],
            "fresh",
        ),
        # union executive
        ("Executive report\n\nThe executive met on Tuesday. It approved two rule amendments.", [C], "rule amendments"),
        # CLP minutes
        (
            "CLP minutes\n\nThe committee approved the accounts. They also agreed to appoint new auditors.",
            [C, C],
            "auditors",
        ),
        # council group, a defeat
        (
            "Group minutes\n\nThe group agreed its budget amendment. It rejected the call for a referendum.",
            [C, D],
            "referendum",
        ),
    ],
)
def test_it_after_the_body_is_the_body(page: str, expected: list[Outcome], second: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == expected
    assert second in motions[-1].evidence.text
    assert not any(second in m.evidence.text for m in motions[:-1])


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # another body named before
        ("NEC report\n\nThe regional board met last week. It approved the shortlist for the seat.", []),
        # "it" may be the motion just named: its stance is no decision
        ("Branch minutes\n\nThe committee discussed a motion from Hill ward. It supported the strike.", [U]),
        # impersonal, after the body
        (
            "NEC report\n\nThe NEC received a report on the by-election. It was agreed that the candidate be thanked.",
            [C],
        ),
        # "we" named before is the author's side, not a body "it" can stand for
        ("CLP report\n\nWe met on Monday. It approved the plan.", []),
    ],
)
def test_it_that_is_not_the_body(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected
