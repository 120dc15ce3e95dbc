"""Outcomes told in minutes' and members' shorthand (round 22): a motion that fell because its mover was absent lapsed
and is withdrawn (SPEC: Rulings, a motion not proceeded with); an item its movers were asked to withdraw, "and
members agreed", is withdrawn, not carried; a list line "– back to the Procedures Committee for redrafting" is
remitted. Sentences written here as branch AGM minutes, a CLP's news post, an SEC member's decisions list and a
trades council record; near-misses keep their own outcomes."""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes import find_outcomes
from nec_extract.models import Outcome

C, D, W, R, F = Outcome.CARRIED, Outcome.DEFEATED, Outcome.WITHDRAWN, Outcome.REMITTED, Outcome.DEFERRED


def _last(text: str) -> Outcome | None:
    phrases = [p for p in find_outcomes(text) if not p.hedged]
    return phrases[-1].outcome if phrases else None


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Motion 4 – Refugee solidarity. Fell, as the mover was not present.", W),
        ("The motion on rents fell because its mover was absent.", W),
        ("Resolution 6 lapsed, since the proposers were not at the meeting.", W),
        ("Motion 3 – Bus regulation: not taken, because the mover was absent, and will be carried forward.", F),
        ("The Executive asked for this to be withdrawn, and members agreed.", W),
        ("The chair asked for the motion to be withdrawn, which the meeting accepted.", W),
        ("Code of conduct for members – back to the Procedures Committee for redrafting", R),
        ("Standing orders: back to the working group.", R),
    ],
)
def test_shorthand_outcomes(text: str, outcome: Outcome) -> None:
    assert _last(text) is outcome


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # the mover absent but the item moved by another and decided
        ("The mover was absent, so Jo Reid moved it on her behalf; it was carried.", C),
        # a fall in a vote, its reason not an absence
        ("The motion fell, as the left were outnumbered again.", D),
        # someone coming back to a committee: no result
        ("Jo came back to the committee with a new draft.", None),
        # asked to withdraw, and refused: the vote decided it
        ("The chair asked for the motion to be withdrawn, but the mover refused and it was carried.", C),
    ],
)
def test_near_misses_keep_their_own_outcomes(text: str, outcome: Outcome | None) -> None:
    assert _last(text) is outcome
