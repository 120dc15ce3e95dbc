"""A motion moved, amendments dealt with, then "The substantive motion was then put and it was RESOLVED that ...":
the resolution is the moved motion's result, in its words, not a decision of its own. Minutes written for these
tests in the styles of a town council, a union branch and a CLP."""

from __future__ import annotations

import pytest

from support import titled_page_motions

_TITLE = "Committee minutes, 3 May 2025\n\n"


@pytest.mark.parametrize(
    ("text", "mover"),
    [
        # a town council, the motion's words in the proposal and again in the resolution
        (
            "C/147 GRANTS – Proposed Cllr Tate, seconded Cllr Malhotra, that grants be awarded as set out. An "
            "amendment proposed by Cllr Moss, seconded by Cllr Boyd, to withhold one grant was LOST. The substantive "
            "motion was then put and it was RESOLVED that the grants be awarded as set out.",
            "Tate",
        ),
        # a union branch, the motion as amended
        (
            "Moved by Sis. Dunne, seconded by Bro. Lowe, that the branch donates £500 to the strike fund. An "
            "amendment from Bro. Kerr to halve the sum fell. The motion as amended was then put and it was agreed "
            "that the branch donates £250.",
            "Dunne",
        ),
        # a CLP general committee, no amendment between
        (
            "Cllr Hart moved, and Cllr Lee seconded, that the CLP opposes the closure. The motion was put and it was "
            "RESOLVED that the CLP opposes the closure of the depot.",
            "Hart",
        ),
    ],
)
def test_the_item_put_then_resolved_is_the_moved_motions_result(text: str, mover: str) -> None:
    motions = [m for m in titled_page_motions(_TITLE + text + "\n") if m.kind.value != "amendment"]
    assert [(m.outcome.value, m.movers) for m in motions] == [("carried", [mover])]


def test_an_item_put_with_nothing_moved_before_is_a_decision_of_its_own() -> None:
    text = "The chair reported on the depot. The motion on parking was put and it was RESOLVED that charges be frozen."
    (motion,) = titled_page_motions(_TITLE + text + "\n")
    assert (motion.outcome.value, motion.movers) == ("carried", [])
