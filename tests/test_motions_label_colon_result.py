"""A line naming an item by a short label, its subject after a colon, then the result alone after a dash ("Rule
change: officer terms – Carried", "Motion 6: bus fares – Lost") is one motion with that result, also as a lone line
with no table around it (round 15, fates matrix). Lines written for these tests.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, R = Outcome.CARRIED, Outcome.DEFEATED, Outcome.REMITTED
_OPENING = "The meeting was quorate.\n\n"


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        ("NEC report\n\n" + _OPENING + "Outcomes\nRule change: length of officer terms – Carried", C),
        ("Branch minutes\n\n" + _OPENING + "Motion 6: bus fares – Lost\n\nAny other business was taken next.", D),
        ("Council minutes\n\n" + _OPENING + "Decisions taken\nAmendment: the library hours — Remitted", R),
    ],
)
def test_a_labelled_line_with_its_result_is_one_motion(page: str, outcome: Outcome) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [outcome]


def test_a_labelled_line_with_no_result_is_no_motion() -> None:
    page = "CLP bulletin\n\n" + _OPENING + "Campaigns: the summer leaflet – an update from the organiser"
    assert titled_page_motions(page) == []
