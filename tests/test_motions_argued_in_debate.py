"""A claim argued in the debate of an item just put ("argued that it was overdue") is no proposal of its own: the
result after it is the item's (round 15, fates matrix). Arguing *for* something, or a claim with no item open before
it, is still an argued proposal. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, W = Outcome.CARRIED, Outcome.DEFEATED, Outcome.WITHDRAWN
_OPENING = "Apologies were received. "


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        (
            "NEC report\n\n" + _OPENING + "A rule change on quorums was put to the meeting. Its supporters argued "
            "that the old rule was unworkable. It was carried.",
            C,
        ),
        (
            "Branch minutes\n\n" + _OPENING + "Jo Bell moved a motion on hall fees. Several of us argued that the "
            "fees were already too high. The motion was lost.",
            D,
        ),
        (
            "Council minutes\n\n" + _OPENING + "The proposal to close the depot was debated. Opponents argued that "
            "the savings were overstated. It was withdrawn.",
            W,
        ),
    ],
)
def test_a_claim_in_the_debate_leaves_the_result_to_the_item(page: str, outcome: Outcome) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [outcome]
    assert motions[0].evidence.text.startswith(("A rule change", "Jo Bell", "The proposal"))


def test_arguing_for_something_after_an_item_is_its_own_proposal() -> None:
    page = (
        "CLP bulletin\n\n" + _OPENING + "A motion on canvassing was put to the meeting. We argued for a ballot of all "
        "members instead. This was lost."
    )
    motions = titled_page_motions(page)
    assert any("ballot" in m.summary and m.outcome is D for m in motions)
