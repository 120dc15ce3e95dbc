"""A sentence that names the decision just told again to say when or how it was taken ("The decision, taken at
yesterday's meeting, comes a year after ...") neither puts a new item nor settles the one before with the verbs of its
later clauses. Sentences written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import page_motions


@pytest.mark.parametrize(
    ("title", "body", "outcomes"),
    [
        (
            "Teachers' union moves to strike ballot",
            "The executive resolved to open a formal ballot for strike action. The decision, taken without a vote, "
            "follows a survey in which most members who replied rejected the pay award.",
            ["carried"],
        ),
        (
            "NEC scraps local shortlisting",
            "Labour's NEC has voted to end local shortlisting in priority wards. The NEC's decision, made at "
            "yesterday's meeting, comes a year after the same body scrapped trigger ballots for councillors.",
            ["carried"],
        ),
        (
            "Council Labour group meeting, 10 June 2024",
            "The group rejected the leader's plan to close the high street to traffic. This decision, reached after "
            "two hours, was welcomed by traders who had opposed the scheme.",
            ["defeated"],
        ),
    ],
)
def test_a_decision_named_again_is_no_new_item(title: str, body: str, outcomes: list[str]) -> None:
    assert [m.outcome.value for m in page_motions(body, title)] == outcomes


def test_a_decision_named_again_with_its_own_tally_still_counts() -> None:
    body = "The executive agreed the new rules. The decision, taken by 20 votes to 4, ends a long dispute."
    motions = page_motions(body, "Executive report, 3 March 2025")
    assert [m.outcome.value for m in motions][:1] == ["carried"]
    assert any(m.vote is not None and (m.vote.for_, m.vote.against) == (20, 4) for m in motions)
