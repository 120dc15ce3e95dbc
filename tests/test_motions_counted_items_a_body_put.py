"""Items a committee puts to the meeting, counted ("The branch committee proposed two changes to the branch rules.
Both were carried unanimously.", "The executive put three motions to conference; all three were agreed"): one
motion per item counted, each settled by the result (round 22). Pages written here as union branch AGM minutes, a
Co-op party briefing and a trades council report; a single item put stays one."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import one_report

C = Outcome.CARRIED


@pytest.mark.parametrize(
    ("body", "count"),
    [
        (
            "The branch committee proposed two changes to the branch rules, to bring them in line with the model"
            " rules. Both were carried unanimously.",
            2,
        ),
        ("The executive proposed three amendments to the standing orders. All three were agreed.", 3),
        ("The officers proposed two changes to the rules on delegates. Both were agreed without dissent.", 2),
        ("The branch committee proposed one change to the branch rules. It was carried unanimously.", 1),
    ],
)
def test_each_item_a_committee_put_is_a_motion(body: str, count: int) -> None:
    assert [m.outcome for m in one_report(body).motions] == [C] * count


def test_with_acclamation_is_unanimous() -> None:
    body = (
        "Janet Coull asked that the Executive's thanks to the outgoing Secretary be placed on record."
        " Agreed with acclamation."
    )
    votes = one_report(body).votes
    assert [(v.unanimous, v.for_, v.against) for v in votes] == [(True, None, None)]


def test_a_crowd_with_acclamation_is_no_tally() -> None:
    assert one_report("The crowd greeted the speaker with acclamation.").votes == []
