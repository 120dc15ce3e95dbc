"""Minutes' decision labels (issue 13, round 9): "RESOLVED." alone settles the item just put, and an adverb may stand
between the label and what it decides ("RESOLVED unanimously that ..."). Sentences written for these tests in several
styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C = Outcome.CARRIED


@pytest.mark.parametrize(
    "page",
    [
        "Parish council minutes\n\n12/04 Allotments\nProposed Cllr Moss, seconded Cllr Dunne, that the allotment rents "
        "rise by 5%. RESOLVED.",
        "Town council minutes\n\nCllr Moss proposed that the council join the twinning association. Resolved "
        "unanimously.",
        "Union branch minutes\n\nJo Hart moved that the branch donate £200 to the strike fund, seconded by Ann Bell.\n"
        "DECIDED.",
    ],
)
def test_a_label_alone_settles_the_item_just_put(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [C]


@pytest.mark.parametrize(
    "page",
    [
        "Council minutes\n\nCllr Sandhu left the room. RESOLVED unanimously that a grant of £250 be made towards the "
        "pavilion roof. Cllr Sandhu returned.",
        "Parish minutes\n\nResolved nem con that the clerk obtain three quotes for the bus shelter.",
        "Trades council minutes\n\nAGREED by consensus: to send two delegates to the May Day rally.",
    ],
)
def test_an_adverb_between_the_label_and_its_decision(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [C]


@pytest.mark.parametrize(
    "page",
    [
        # "resolved" telling a problem settled, not a decision
        "Local news\n\nThe row over the car park was resolved. Everyone went home happy.",
        "CLP minutes\n\nThe secretary said the problem with the bank had been resolved.",
        "NEC report\n\nThe General Secretary reported on the complaints backlog. Resolved, she said, by the summer.",
    ],
)
def test_resolved_telling_no_decision(page: str) -> None:
    assert titled_page_motions(page) == []
