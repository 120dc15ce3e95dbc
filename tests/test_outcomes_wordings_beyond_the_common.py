"""Results told in words beyond the common ones: an item that "succeeded", "prevailed", "made it through" or "is now
party policy" is carried, one that "foundered" or "got nowhere" defeated; support an item "drew" or "gathered", or
won as "the committee's backing"; a phrasal decision verb whose particle stands after the thing decided ("voted the
budget through", "turned the request down"); and a body that "determined" or "embraced" something. Near misses that
must stay as they are: a person who succeeded another, a plan that will become policy, standing policy, criticism
drawn, a particle verb that decides nothing, a body "determined" to do something. Sentences written for these tests
in the styles of an NEC write-up, union executive minutes, a council group report and a news report."""

from __future__ import annotations

import pytest

from support import titled_page_motions


def _motions(text: str) -> list[tuple[str, str]]:
    page = "Executive meeting, 3 May 2025\n\n" + text + "\n"
    return [(m.outcome.value, m.summary) for m in titled_page_motions(page)]


def _outcomes(text: str) -> list[str]:
    return [outcome for outcome, _ in _motions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The motion on branch funding succeeded.",  # union minutes
        "The rule change on deputy leader nominations prevailed by a single vote.",  # an NEC write-up
        "The amendment on bus lanes made it through, to the surprise of the cabinet.",  # a council group
        "The motion on rail fares is now party policy.",  # an NEC write-up
        "The emergency motion on the strike became union policy.",  # a news report
    ],
)
def test_an_item_that_succeeded_or_became_policy_is_carried(text: str) -> None:
    assert _outcomes(text) == ["carried"]


@pytest.mark.parametrize(
    "text",
    [
        "The motion to scrap the levy foundered.",
        "The amendment on parking charges got nowhere.",
        "The proposal for a second ballot foundered after a long debate.",
        "The motion on the levy drew no support outside the left.",  # support drawn, but none
    ],
)
def test_an_item_that_foundered_is_defeated(text: str) -> None:
    assert _outcomes(text) == ["defeated"]


@pytest.mark.parametrize(
    "text",
    [
        "The proposal gained the committee's backing.",
        "The motion on pay drew support from across the executive.",
        "The proposal for a members' hustings gathered support from both sides of the room.",
        "The amendment won the group's support after the leader spoke.",
    ],
)
def test_support_drawn_or_won_as_a_possessive_is_carried(text: str) -> None:
    assert _outcomes(text) == ["carried"]


@pytest.mark.parametrize(
    ("text", "outcome", "summary"),
    [
        ("The NEC voted the budget through.", "carried", "budget"),
        ("The branch committee nodded the annual report through.", "carried", "annual report"),
        ("The executive threw the motion on affiliation out.", "defeated", "on affiliation"),
        ("The committee turned the grant request down.", "defeated", "grant request"),
    ],
)
def test_a_particle_after_the_thing_decided(text: str, outcome: str, summary: str) -> None:
    assert _motions(text) == [(outcome, summary)]


def test_a_particle_after_the_thing_decided_with_a_tally() -> None:
    assert _outcomes("Councillors voted the motion on rents through, 20 to 4.") == ["carried"]


def test_a_pronoun_voted_through_settles_the_item_put_before() -> None:
    motions = _motions("Ann Cole moved a motion on rents. We voted it through.")
    assert motions == [("carried", "on rents")]


@pytest.mark.parametrize(
    "text",
    [
        "The shortlist in Ashfield will be all-women, the NEC determined.",
        "The panel determined that the selection would be held in June.",
        "The executive embraced the recommendations of the review.",
    ],
)
def test_a_body_that_determined_or_embraced_decided(text: str) -> None:
    assert _outcomes(text) == ["carried"]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Cole succeeded Raj Patel as chair of the branch.",  # a person who followed another
        "The rule change will become policy if conference agrees.",  # a plan
        "Public ownership of rail is party policy.",  # standing policy
        "The idea drew criticism from several members.",  # no support
        "We made it through the agenda by five.",  # no item
        "The chair talked the report through with the new members.",  # a particle verb that decides nothing
        "The NEC is determined to win the next election.",  # an adjective
    ],
)
def test_near_misses_decide_nothing(text: str) -> None:
    assert _outcomes(text) == []
