"""The steps of an item listed before its result (issue 13, round 9b): "The motion was moved, seconded and carried"
lists participles with commas before the outcome; "Following a short debate, the motion was put and carried" opens
with a participle phrase closed by a comma, and the item follows it. Sentences written for these tests in several
styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED
_OPENING = "The meeting opened with apologies. "


@pytest.mark.parametrize(
    ("page", "outcome", "kind"),
    [
        ("Branch minutes\n\n" + _OPENING + "The motion was moved, seconded and carried.", C, MotionKind.MOTION),
        (
            "CLP minutes\n\n" + _OPENING + "The emergency motion on rents was proposed, seconded and agreed.",
            C,
            MotionKind.MOTION,
        ),
        (
            "Council minutes\n\n" + _OPENING + "The amendment was moved, seconded and lost.",
            D,
            MotionKind.AMENDMENT,
        ),
        (
            "NEC report\n\n" + _OPENING + "Following a short debate, the rule change was put and carried.",
            C,
            MotionKind.RULE_CHANGE,
        ),
        (
            "Local news\n\n" + _OPENING + "Following a heated debate, the motion was put to the vote and defeated.",
            D,
            MotionKind.MOTION,
        ),
        (
            "Union branch minutes\n\n" + _OPENING + "Following the questions, the amendment was put and agreed.",
            C,
            MotionKind.AMENDMENT,
        ),
    ],
)
def test_an_item_moved_seconded_and_decided_is_one_motion(page: str, outcome: Outcome, kind: MotionKind) -> None:
    motions = titled_page_motions(page)
    assert [(m.kind, m.outcome) for m in motions] == [(kind, outcome)]
    assert not motions[0].summary.lower().startswith("following")


@pytest.mark.parametrize(
    "page",
    [
        # a participle clause whose object is the item, with no item after it
        "NEC report\n\n" + _OPENING + "Recalling the policies adopted at conference, the NEC agreed to look again.",
        # a person agrees after the list: no item is decided
        "Branch minutes\n\n" + _OPENING + "Following a short debate, the chair agreed.",
        "CLP minutes\n\n" + _OPENING + "The report was presented, questions were taken and it was noted.",
    ],
)
def test_no_item_decided_after_a_list_of_steps(page: str) -> None:
    assert titled_page_motions(page) == []
