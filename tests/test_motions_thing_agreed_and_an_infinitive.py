"""A thing agreed, then an infinitive joined to it by "and to" ("The GEC agreed a campaign plan (leaflets, a day of
action) and to allocate £15,000 from the campaign fund", "The committee agreed the budget and to review it in June"):
two decisions, as "agreed to A and to B" is (round 22). Sentences written here as union executive notes, branch
minutes and a council group report; a thing with "and" inside it, no infinitive after, stays one."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import one_report

C = Outcome.CARRIED


@pytest.mark.parametrize(
    "body",
    [
        "The GEC agreed a campaign plan (leaflets, a day of action, approaches to MSs and MPs) and to allocate"
        " £15,000 from the group campaign fund.",
        "The committee agreed the budget and to review it in June.",
        "The group approved the draft manifesto and to consult residents on the housing chapter.",
    ],
)
def test_a_thing_and_an_infinitive_are_two_decisions(body: str) -> None:
    assert [m.outcome for m in one_report(body).motions] == [C, C]


def test_a_thing_with_and_inside_stays_one() -> None:
    assert [m.outcome for m in one_report("The committee agreed plans for the rally and the march.").motions] == [C]
