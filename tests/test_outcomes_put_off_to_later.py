"""A decision to take an item up at a later time ("agreed to take the motion at a later meeting", "decided to look at
the proposal again in the new year") or to wait for something before deciding on it ("chose to await the audit
before taking a view on the amendment") defers the item; a plan set for later with no item put ("agreed to hold a
social in the new year") stays a decision carried, and looking at an item with no time set decides nothing.
Sentences written for these tests in the styles of an NEC write-up, union executive minutes, a council group
report and a CLP bulletin."""

from __future__ import annotations

import pytest

from support import titled_page_motions


def _outcomes(text: str) -> list[str]:
    return [m.outcome.value for m in titled_page_motions("Executive meeting, 3 May 2025\n\n" + text + "\n")]


@pytest.mark.parametrize(
    "text",
    [
        "The Executive agreed to take the motion on the depot closure at a later meeting.",  # union minutes
        "The GC agreed to consider the amendment on fares at its next meeting.",  # a CLP bulletin
        "Councillors decided to look at the proposal for a new hall again in the new year.",  # a council group
        "It was agreed to take the report on the accounts at the next meeting.",  # impersonal
        "The group agreed to hold the resolution on parking over until the following meeting.",
    ],
)
def test_an_item_taken_up_at_a_later_time_is_deferred(text: str) -> None:
    assert _outcomes(text) == ["deferred"]


@pytest.mark.parametrize(
    "text",
    [
        "The NEC decided to await the review before deciding on the rule change on term limits.",
        "The committee chose to wait for the audit before taking a view on the proposal for a hardship fund.",
    ],
)
def test_waiting_for_something_before_deciding_an_item_defers_it_once(text: str) -> None:
    assert _outcomes(text) == ["deferred"]


@pytest.mark.parametrize(
    ("text", "outcomes"),
    [
        ("The branch agreed to hold a social in the new year.", ["carried"]),  # a plan, no item put
        ("The committee agreed to consider the amendment on fares.", []),  # no time set: nothing decided
    ],
)
def test_a_plan_for_later_or_a_look_with_no_time_is_no_deferral(text: str, outcomes: list[str]) -> None:
    assert _outcomes(text) == outcomes
