"""A line labelling an item that holds a question of its own, then a dash and the result ("Changing how the two CAC
reps are elected – agreed 20-9", "Whether the AGM is held online – agreed"): the verb inside the item's question is no
subject's, so the line is the item and its result, as "Capping delegations – passed 16-11" is. Still no item: "The
chair – as usual – agreed" (an aside between a person and the verb). Pages written for these tests; none is quoted
from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        # an NEC member's list of rule changes
        "NEC report\n\nThe NEC considered these rule changes:\n• Capping delegations – passed 16-11.\n"
        "• Changing how the two youth reps are chosen – agreed 20-9.",
        # branch minutes
        "Branch minutes\n\nCapping delegations – passed 16-11.\n\nWhether the AGM is held online – agreed.",
    ],
)
def test_an_item_holding_a_question_is_settled_by_its_dash_result(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED, Outcome.CARRIED]


def test_an_aside_after_a_person_is_no_item() -> None:
    assert titled_page_motions("Branch minutes\n\nThe chair – as usual – agreed.") == []
