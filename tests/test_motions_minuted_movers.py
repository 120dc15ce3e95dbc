"""Minutes' shorthand for who put an item (issue 13, round 9): "Motion on fares (proposed Jo Hart, seconded Sam Lee)",
"Proposed Jo Hart, seconded Sam Lee." with no "by" and no colon; a line of names after a decision is that decision's,
and an item "not taken" was never put. Sentences written for these tests in several styles; none is quoted from a real
page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C = Outcome.CARRIED


@pytest.mark.parametrize(
    ("page", "mover"),
    [
        (
            "CLP minutes\n\nMotion on bus fares (proposed Jo Hart, seconded Dan Webb). An amendment from Ed Ross to "
            "add free travel for under-18s was carried on a show of hands. The motion as amended was carried, 40 for, "
            "3 against.",
            "Jo Hart",
        ),
        (
            'Branch minutes\n\n4. Motion on safe staffing\nMoved Tom Akin, seconded Mary Ford: "This branch calls on '
            'the region to back the staffing claim."\nFor: 14\nAgainst: 2\nCarried.',
            "Tom Akin",
        ),
        (
            "Parish council minutes\n\n12/04 Allotments\nProposed Cllr Moss, seconded Cllr Dunne, that the allotment "
            "rents rise by 5%. RESOLVED.",
            "Moss",
        ),
        (
            "Union executive minutes\n\nMotion on the pay claim. Proposed Ann Bell, seconded Raj Gill. After debate it "
            "was agreed unanimously.",
            "Ann Bell",
        ),
    ],
)
def test_a_minuted_mover_puts_the_item(page: str, mover: str) -> None:
    motions = titled_page_motions(page)
    main = [m for m in motions if m.kind.value != "amendment"]
    assert [m.outcome for m in main] == [C]
    assert main[0].movers == [mover]


@pytest.mark.parametrize(
    "page",
    [
        "CLP minutes\n\n2. Minutes of the last meeting\nAgreed as a true record. Proposed Jo Hart, seconded Dan Webb.",
        "Town council minutes\n\n17/04 Minutes\nThe minutes of the meeting held on 3 July were approved as a correct "
        "record. Proposed Cllr Moss, seconded Cllr Dunne.",
        "Branch minutes\n\nThe accounts were adopted. Moved: Ann Bell; seconded: Raj Gill.",
    ],
)
def test_a_line_of_names_after_a_decision_is_that_decisions(page: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [C]
    assert "seconded" in motions[0].evidence.text.lower()


@pytest.mark.parametrize(
    "page",
    [
        "CLP minutes\n\n7.3 Motion to cancel the summer social (proposed Bea Cole). The Chair ruled that this was a "
        "matter for the Executive Committee. Ms Cole agreed to raise it there instead and the motion was not taken.",
        "Branch minutes\n\nAn emergency motion on the depot closure (moved Ann Bell) was not taken, as the time had "
        "run out.",
    ],
)
def test_an_item_not_taken_was_never_put(page: str) -> None:
    assert titled_page_motions(page) == []


def test_proposed_as_an_adjective_is_no_minuted_mover() -> None:
    page = "Branch minutes\n\nProposed changes to the standing orders were discussed. Members will send comments."
    assert titled_page_motions(page) == []
