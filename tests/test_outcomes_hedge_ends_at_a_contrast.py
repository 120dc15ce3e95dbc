"""A near miss or a hedge says a result did not happen, up to a contrast: in "the motion nearly passed but fell by
one vote" the fall happened, and the motion is defeated (issue 13: "a near-miss or counterfactual phrase preferred
over the actual result"). Sentences written for these tests in several styles; none is quoted from a real page."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, U = Outcome.CARRIED, Outcome.DEFEATED, Outcome.UNKNOWN


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("NEC report\n\nThe motion on open selection nearly passed but fell by one vote.", [D]),
        ("Branch minutes\n\nThe motion on rents came close to passing but was lost by one vote.", [D]),
        ("Group notes\n\nThe amendment almost fell, yet it was carried in the end.", [C]),
        ("CLP bulletin\n\nThe rule change very nearly passed however it was defeated on a recount.", [D]),
    ],
)
def test_the_result_after_the_contrast_happened(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the hedge alone: the near result did not happen, none is told
        ("NEC report\n\nThe motion on open selection came close to passing.", [U]),
        # "but for": still the counterfactual
        ("Branch minutes\n\nThe motion would have passed but for two abstentions.", [U]),
    ],
)
def test_a_hedge_with_no_result_after_it_tells_none(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected
