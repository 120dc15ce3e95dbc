"""An item sent to a committee that will come back later (issue 13, round 12): "It has gone to the finance
sub-committee to cost it, and will come back in September" is remitted; its coming back is what the remit leads to,
not a deferral. "has gone to the X committee" remits as "was referred to" does. Sentences written for these tests in
several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "result"),
    [
        (
            "WEC report, 14 June 2025",
            "It has gone to the finance sub-committee to cost it, and will come back in September.",
        ),
        ("Branch minutes, 3 June 2024", "It was referred to the officers and will come back to the July meeting."),
        ("Council group notes, 3 March 2025", "It has now gone to the policy working group."),
        (
            "Union executive news, 8 Feb 2025",
            "The proposal has been passed to the Equalities Committee, to return in the autumn.",
        ),
    ],
)
def test_an_item_sent_to_a_committee_to_come_back_is_remitted(title: str, result: str) -> None:
    page = f"{title}\n\nJo Reid put forward a proposal for a youth budget. {result}\n"
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.REMITTED]


@pytest.mark.parametrize(
    "result",
    ["It will come back in September.", "It was held over and will come back to the July meeting."],
)
def test_an_item_only_coming_back_is_deferred(result: str) -> None:
    page = f"Branch minutes, 3 June 2024\n\nJo Reid put forward a proposal for a youth budget. {result}\n"
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.DEFERRED]
