"""A result given "by the Chair" (or the convenor, the president presiding) is the meeting's own, not another
body's: "The amendments I submitted were accepted by the Chair, Lowri Watkins, and the minutes were then approved"
is two decisions of the meeting (round 22). Sentences written here as a Welsh executive member's blog, union branch
minutes and a Green party executive report; an item accepted by another body stays background."""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from support import one_report

A, R, C = MotionKind.AMENDMENT, MotionKind.REPORT, Outcome.CARRIED


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        (
            "The amendments I submitted were accepted by the Chair, Lowri Watts, and the minutes were then approved.",
            [A, R],
        ),
        ("Our amendment to the minutes was accepted by the convenor, and the minutes were agreed.", [A, R]),
        ("The correction was accepted by the chair and the minutes were then approved.", [A, R]),
    ],
)
def test_a_result_by_the_chair_is_the_meetings(body: str, kinds: list[MotionKind]) -> None:
    motions = one_report(body).motions
    assert [m.outcome for m in motions] == [C] * len(kinds)
    assert [m.kind for m in motions if m.kind in (A, R)][-1] is R


def test_accepted_by_another_body_is_background() -> None:
    body = "The motion on buses was accepted by the Regional Board last month."
    assert one_report(body).motions == []
