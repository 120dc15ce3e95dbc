"""A reference back moved, then accepted by the chair or the meeting ("the chair accepted the referral", "Conference
agreed to the reference back"): the item moved is remitted."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


def _outcomes(body: str) -> list[Outcome]:
    return [m.outcome for m in titled_page_motions(f"NEC meeting, 3 May 2025\n\n{body}\n")]


@pytest.mark.parametrize(
    "body",
    [
        # a union's NEC rep
        "I moved that the guidance be referred back to the committee, seconded by Yvette Marsh. After a short "
        "debate the chair accepted the referral.",
        # conference report
        "Jo Lee moved the reference back of the housing section. Conference agreed to the reference back.",
        # CLP GC minutes
        "Sam Hill proposed that the budget be sent back to the EC for more work. The meeting upheld the referral.",
    ],
)
def test_an_accepted_referral_remits_the_item_moved(body: str) -> None:
    assert _outcomes(body) == [Outcome.REMITTED]


@pytest.mark.parametrize(
    "body",
    [
        # the referral refused: no remittal
        "I moved that the guidance be referred back to the committee. The chair refused the referral.",
    ],
)
def test_a_refused_referral_is_no_remittal(body: str) -> None:
    assert Outcome.REMITTED not in _outcomes(body)
