"""A decision not to back an item the clause names ("The committee agreed not to support the motion on rents",
"It was decided not to endorse the recommendation") defeats the item; a decision not to do something else
("agreed not to hold a ballot") is a decision carried. Sentences written for these tests in the styles of union
executive minutes, an NEC write-up and a council group report."""

from __future__ import annotations

import pytest

from support import titled_page_motions


def _outcomes(text: str) -> list[str]:
    return [m.outcome.value for m in titled_page_motions("Executive meeting, 3 May 2025\n\n" + text + "\n")]


@pytest.mark.parametrize(
    "text",
    [
        "The committee agreed not to support the motion on the depot closure.",  # union minutes
        "The NEC decided not to endorse the recommendation of the review panel.",  # an NEC write-up
        "Councillors agreed not to approve the proposal for a new car park.",  # a council group
    ],
)
def test_a_decision_not_to_back_a_named_item_defeats_it(text: str) -> None:
    assert _outcomes(text) == ["defeated"]


def test_a_decision_not_to_do_something_else_is_carried() -> None:
    assert _outcomes("The branch agreed not to hold a ballot this year.") == ["carried"]


@pytest.mark.parametrize(
    "text",
    [
        "The meeting accepted none of the amendments to the budget.",  # a council group
        "The executive agreed none of the recommendations of the review panel.",  # union minutes
        "The GC backed neither motion on the leadership.",  # a CLP bulletin
    ],
)
def test_a_decision_on_items_counted_as_none_defeats_them(text: str) -> None:
    assert _outcomes(text) == ["defeated"]


def test_an_idiom_opening_the_object_is_no_item_counted_as_none() -> None:
    assert _outcomes("The committee agreed, no doubt reluctantly, the report on the accounts.") != ["defeated"]


@pytest.mark.parametrize(
    ("text", "outcomes"),
    [
        ("The committee voted not to accept the report on the accounts.", ["defeated"]),  # union minutes
        ("The branch voted not to support the motion on rents.", ["defeated"]),  # a CLP bulletin
        ("The committee voted not to hold a ballot.", ["carried"]),  # a decision not to do something else
    ],
)
def test_a_vote_not_to_back_a_named_item_defeats_it(text: str, outcomes: list[str]) -> None:
    assert _outcomes(text) == outcomes
