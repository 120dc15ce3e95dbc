"""An amendment the mover takes into the motion ("Owen agreed to accept a friendly amendment from the floor to ...",
"The mover accepted an amendment from Unite to add ...") is carried with no vote, and a result fronted by "As
amended," is the motion's (round 22). Pages written here as a CLP's news post, trades council minutes and a union
branch report; another body accepting an amendment elsewhere is no motion of the meeting."""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from support import one_report

A, M, C = MotionKind.AMENDMENT, MotionKind.MOTION, Outcome.CARRIED


@pytest.mark.parametrize(
    "body",
    [
        '"Winter fuel" – proposed by Owen Tate, seconded by Ruth Chen. Owen agreed to accept a friendly amendment'
        " from the floor to mention pensioners above the threshold. As amended, carried 41-6.",
        "Motion on the library closures: moved by Sandra Pike. The mover accepted an amendment from Unite to add a"
        " reference to agency staff. Carried as amended.",
        "Gerry Flint moved the motion on bin workers. He was happy to accept the amendment from the NEU branch. The"
        " motion, as amended, was carried unanimously.",
    ],
)
def test_an_amendment_the_mover_accepts_is_carried(body: str) -> None:
    motions = one_report(body).motions
    assert sorted((m.kind, m.outcome) for m in motions) == sorted([(M, C), (A, C)])


def test_another_body_accepting_an_amendment_is_no_motion() -> None:
    body = "Our MP reported that the government accepted the amendment in the Lords last week."
    assert one_report(body).motions == []
