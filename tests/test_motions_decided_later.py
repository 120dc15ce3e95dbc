"""An agreement whose content is that the item be taken up later: "agreed that the nominations will be decided at
the January meeting", "agreed to raise this when the new committee is in post". The item is deferred (SPEC: Motions,
outcome), not carried. Sentences written for these tests in the registers of union and council minutes, an NEC
write-up and a CLP secretary's report; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from support import page_outcomes

TITLE = "Regional Committee – 14 May 2025"


@pytest.mark.parametrize(
    "body",
    [
        # union regional committee notes
        "The committee agreed that the region's nominations for the executive by-election will be decided at the "
        "March meeting.",
        # council minutes
        "RESOLVED – that the revised parking strategy be noted and that it would be considered at a future meeting "
        "of the Cabinet.",
        # minutes in shorthand
        "Sam suggested a hardship fund for strikers. Agreed to raise this when the new treasurer is in post.",
        # an NEC write-up
        "On the code of conduct, we agreed to come back to it once the legal advice is in.",
    ],
)
def test_an_item_set_for_a_later_decision_is_deferred(body: str) -> None:
    assert page_outcomes(body, TITLE)[-1] == "deferred"


@pytest.mark.parametrize(
    "body",
    [
        # a decision that takes effect later: carried now
        "The committee agreed that the hardship fund will be open to all members from January.",
        # raising a matter with someone else when they come is an action, not the item put off
        "The branch agreed to raise the closure with the MP when she next visits.",
    ],
)
def test_a_decision_taking_effect_later_is_carried(body: str) -> None:
    assert page_outcomes(body, TITLE) == ["carried"]
