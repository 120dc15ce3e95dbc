"""Several items told in one sentence, each with its own result (round 15, fates matrix; SPEC Rulings: each decision
is one motion): after a count closed by a colon ("Two amendments were considered: one ..., the other ..."), items
named by their number as clause subjects ("Motion 4 was carried and Motion 5 was lost"), a long subject after a
contrast ("..., while the proposal to close the office was lost"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, R, F = Outcome.CARRIED, Outcome.DEFEATED, Outcome.REMITTED, Outcome.DEFERRED
_OPENING = "Apologies were noted. "


@pytest.mark.parametrize(
    ("page", "outcomes"),
    [
        (
            "NEC report\n\n" + _OPENING + "Two rule changes were considered: one, on quorums, was carried; the "
            "other, on proxy votes, was deferred.",
            [C, F],
        ),
        (
            "Branch minutes\n\n" + _OPENING + "Three amendments were debated: the first was agreed; the second was "
            "lost; the third was remitted.",
            [C, D, R],
        ),
        ("Council minutes\n\n" + _OPENING + "Motion 4 was carried and Motion 5 was lost.", [C, D]),
        (
            "CLP bulletin\n\n" + _OPENING + "The nominations for Secretary were agreed and the proposal to close "
            "the office was lost.",
            [C, D],
        ),
        (
            "Union executive\n\n" + _OPENING + "The budget was agreed, while Motion 9 on staffing levels was "
            "referred back.",
            [C, R],
        ),
    ],
)
def test_each_item_told_in_turn_keeps_its_own_result(page: str, outcomes: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == outcomes


def test_a_count_alone_with_no_results_is_no_motion() -> None:
    page = "NEC report\n\n" + _OPENING + "Two motions were considered: one on housing and one on buses."
    assert all(m.outcome is Outcome.UNKNOWN for m in titled_page_motions(page))


def test_one_item_and_its_number_stay_one() -> None:
    page = "Branch minutes\n\n" + _OPENING + "The motion on wards 3 and 4 was carried."
    assert [m.outcome for m in titled_page_motions(page)] == [C]
