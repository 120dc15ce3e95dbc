"""Items a sentence names and then settles together with a counting subject (round 16): "considered the budget and
the lease, and both were agreed", "...; all three were carried". Each item is one motion (SPEC Rulings), with the
shared result, and the sentence settles its own items, not one told before it. Not: one item with a coordinated
name ("the aims and objectives"), a count that does not fit the items named. Pages written for these tests in the
voices of an NEC write-up, union and council minutes and a CLP bulletin; none is quoted from a real page."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, R = Outcome.CARRIED, Outcome.DEFEATED, Outcome.REMITTED


def _motions(title: str, sentence: str) -> list[tuple[Outcome, str]]:
    page = f"{title}\n\nThe meeting opened with apologies from two members.\n\n{sentence}\n"
    return [(m.outcome, m.summary) for m in titled_page_motions(page)]


@pytest.mark.parametrize(
    ("title", "sentence", "outcome", "count"),
    [
        (
            "Labour Group meeting, 4 June 2024",
            "The group considered a motion on bus lanes and the leader's proposals on planning, and both were agreed.",
            C,
            2,
        ),
        (
            "Executive Council minutes – 12 March 2024",
            "The Council considered the travel policy, the pay scales and the office lease; all three were endorsed.",
            C,
            3,
        ),
        (
            "Branch committee, 2 April 2024",
            "The committee considered the hardship fund scheme and the banner budget, and both were referred back.",
            R,
            2,
        ),
        (
            "NEC report – 21 January 2025",
            "The NEC debated a motion on pensions and an amendment from the unions; both were lost.",
            D,
            2,
        ),
    ],
)
def test_items_named_then_counted_by_their_result_are_one_each(
    title: str, sentence: str, outcome: Outcome, count: int
) -> None:
    assert [o for o, _ in _motions(title, sentence)] == [outcome] * count


@pytest.mark.parametrize(
    "sentence",
    [
        "The committee considered the aims and objectives of the campaign, and both were agreed.",
        "The committee considered the budget and the plan, and all three were agreed.",
    ],
)
def test_one_item_or_a_count_that_does_not_fit_stays_one(sentence: str) -> None:
    assert len(_motions("Executive report – 3 May 2024", sentence)) == 1
