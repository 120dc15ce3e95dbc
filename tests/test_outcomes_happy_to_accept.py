"""An item accepted by whoever answers for the meeting (issue 13, round 12): "Helen said she was happy to accept that",
"The leader was content to accept it" carry the item just moved; "would be happy to accept it if ..." and the author's
own "I am happy to accept that" do not. Sentences written for these tests in several styles; none is quoted from a real
page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "answer"),
    [
        (
            "Council group notes, 3 March 2025",
            "Helen said she was happy to accept that, so it goes into the programme.",
        ),
        ("Branch minutes, 3 June 2024", "The chair was content to accept it on the branch's behalf."),
        ("NEC report, 28 January 2025", "The General Secretary was willing to take it, and it was agreed."),
        ("Union executive news, 8 Feb 2025", "The President said the executive were pleased to accept the proposal."),
    ],
)
def test_an_item_accepted_by_the_meetings_side_is_carried(title: str, answer: str) -> None:
    page = f"{title}\n\nJoan Fair moved that the group commit to a review of the closures. {answer}\n"
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    "answer",
    ["Helen would be happy to accept that if it was costed.", "I am happy to accept that, but others were not."],
)
def test_acceptance_offered_or_the_authors_own_is_no_result(answer: str) -> None:
    page = f"Council group notes, 3 March 2025\n\nJoan Fair moved that the group commit to a review. {answer}\n"
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.UNKNOWN]
