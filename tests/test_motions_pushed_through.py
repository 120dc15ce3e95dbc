"""Results told by idioms of force (issue 13, round 7): an item "pushed through", "forced through", "railroaded
through" or "steamrollered through" was carried; a bid or attempt "thwarted" was defeated. Sentences written for
these tests in several styles (NEC write-up, union minutes, council news, CLP report); none is quoted from a real
page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("NEC report\n\nDespite our opposition, the rule change was pushed through.", [C]),
        ("Union report\n\nThe leadership forced through the new code of conduct by 20 votes to 12.", [C]),
        ("Council news\n\nThe budget amendment was railroaded through in ten minutes.", [C]),
        ("CLP report\n\nThe proposal was steamrollered through by the officers' allies.", [C]),
        ("NEC report\n\nThe bid to change the voting system was thwarted by the union representatives.", [D]),
        ("Branch news\n\nAn attempt to reopen the shortlist was thwarted.", [D]),
    ],
)
def test_results_told_by_force(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    "page",
    [
        "Conference report\n\nThe bus pushed through the crowd outside the hall.",
        "NEC report\n\nOur hopes of a quiet meeting were thwarted by a fire alarm.",
    ],
)
def test_force_with_no_item(page: str) -> None:
    assert titled_page_motions(page) == []
