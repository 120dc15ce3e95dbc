"""An outcome told after the item was put: minutes' bare heads ("Decision deferred to the July meeting."), an
agreement that the item be taken at a later meeting, a phrasal verb with its object inside ("agreed to hold it
over"), and a mover's withdrawal that names what the item gave way to."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


def _outcomes(body: str, heading: str = "Branch meeting, 3 May 2025") -> list[Outcome]:
    return [m.outcome for m in titled_page_motions(f"{heading}\n\n{body}\n")]


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        # parish council minutes
        (
            "Cllr Osei proposed accepting the lower quotation, but members wanted a third quote first. "
            "Decision deferred to the July meeting.",
            Outcome.DEFERRED,
        ),
        # CLP secretary's notes
        ("Cllr Lee proposed a new bench for the park. Item deferred to the next meeting.", Outcome.DEFERRED),
        # union branch minutes
        ("Kim Obi moved a grant to the youth club. Matter referred to the finance committee.", Outcome.REMITTED),
        ("Sam Abe proposed a mural on the depot wall. Decision deferred.", Outcome.DEFERRED),
    ],
)
def test_a_bare_head_before_the_result_is_the_item_just_put(body: str, outcome: Outcome) -> None:
    assert _outcomes(body) == [outcome]


@pytest.mark.parametrize(
    "body",
    [
        # CLP all-members' minutes
        "Emergency motion: closure of the health centre. Submitted by Ashvale North branch. As time was short the "
        "meeting agreed that it be taken first at the June meeting.",
        # union branch
        "Jo Lee moved a motion on the rota, seconded by Ann Park. The committee agreed that it be considered again "
        "at the next meeting.",
        # NEC member's blog
        "I moved our motion on the selections timetable. It was agreed to hold it over to the next meeting.",
        # council minutes
        "Cllr Hart moved that the grant be awarded, seconded by Cllr Pyne. It was agreed to put the item off "
        "until the autumn.",
    ],
)
def test_an_agreement_to_take_the_item_later_defers_it(body: str) -> None:
    assert _outcomes(body) == [Outcome.DEFERRED]


@pytest.mark.parametrize(
    "body",
    [
        "Pat Cole moved an amendment deleting paragraph 3. She later withdrew it in favour of the composite.",
        "Dev Rai moved an amendment on the timetable. He withdrew it in favour of the NEC's own proposal.",
    ],
)
def test_a_mover_withdrawing_in_favour_of_another_item_settles_the_item_moved(body: str) -> None:
    assert _outcomes(body) == [Outcome.WITHDRAWN]


@pytest.mark.parametrize(
    "body",
    [
        # a decision on something else, not the item put
        "The chair said the matter of the rota would be taken at the next meeting.",
        # a report of what happens at the next meeting: no item put, nothing decided
        "The budget will be presented at the next meeting.",
        # a head with a determiner and no result
        "The decision was welcomed by residents.",
    ],
)
def test_no_motion_from_announcements_of_later_business(body: str) -> None:
    assert _outcomes(body) == []


def test_a_bare_head_after_an_item_already_settled_adds_no_motion() -> None:
    body = "Jo Lee moved a motion on the rota. It was carried. Item closed."
    assert _outcomes(body) == [Outcome.CARRIED]
