"""Outcomes told by how much support there was, in a sentence of its own after the item (issue 13: "outcomes ...
given only indirectly (how much support the mover found)"): "There was broad support for it" carries the item put
before, "There was little appetite for it" defeats it; the sentence is that item's result, not a second decision.
Sentences written for these tests in several styles, with negatives; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, U = Outcome.CARRIED, Outcome.DEFEATED, Outcome.UNKNOWN


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # NEC write-up
        ("NEC report\n\nAnn Cole moved a motion on the ceasefire. There was broad support for it.", [C]),
        # union executive minutes
        ("Executive minutes\n\nThe treasurer proposed a rise of £5 in subs. There was general agreement.", [C]),
        # CLP bulletin
        ("GC round-up\n\nOur youth officer moved a motion on bus fares. There was strong support in the room.", [C]),
        # council group minutes
        (
            "Group meeting minutes\n\nCllr Penn proposed that the group oppose the car park plan. There was a clear "
            "consensus in favour.",
            [C],
        ),
        ("Branch minutes\n\nA motion on rail was moved. There was overwhelming backing for the motion.", [C]),
    ],
)
def test_support_there_was_carries_the_item_before(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("NEC report\n\nAnn Cole moved a motion on open selection. There was no support for it.", [D]),
        ("Executive minutes\n\nThe chair proposed moving meetings online. There was little appetite for it.", [D]),
        ("Council group notes\n\nCllr Penn moved an amendment on parking. There was scant support in the room.", [D]),
    ],
)
def test_little_support_there_was_defeats_the_item_before(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # support for something else than the item: no result of it
        ("NEC report\n\nAnn Cole moved a motion on rail. There was strong support for the strikers.", [U]),
        ("Branch minutes\n\nA motion on pay was moved. There was no support for the cuts among members.", [U]),
        # agreement on a thing of its own: that thing is the decision
        (
            "Executive minutes\n\nThe secretary reported on the office move. There was general agreement to hold a "
            "ballot.",
            [C],
        ),
    ],
)
def test_support_for_another_thing_settles_nothing(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected
