"""A group the meeting chose again or kept, told in the passive ("The officers were re-elected", "All the branch
officers were confirmed in post", "The conference delegation was re-elected unopposed"): one election of the group,
as "The panel was elected" is. Not elections: a thing confirmed ("The date of the meeting was confirmed"), officers
confirming something ("The officers confirmed that the accounts were late"). Pages written for these tests; none is
quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        # branch AGM minutes
        "Branch AGM minutes\n\nThe officers were re-elected.",
        "Branch AGM minutes\n\nAll the branch officers were confirmed in post.",
        # a union conference delegate's report
        "Regional council report\n\nThe conference delegation was re-elected unopposed.",
        # a council group's AGM
        "Labour group AGM\n\nThe group's trustees were confirmed in office.",
    ],
)
def test_a_group_kept_is_an_election(page: str) -> None:
    assert [(m.kind, m.outcome) for m in titled_page_motions(page)] == [(MotionKind.OTHER, Outcome.CARRIED)]


def test_a_group_kept_then_a_result_is_two_decisions() -> None:
    page = (
        "Branch AGM minutes\n\nAll the branch officers were confirmed in post at this meeting, and the policy motions "
        "passed by an overwhelming majority."
    )
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED, Outcome.CARRIED]


@pytest.mark.parametrize(
    "page",
    [
        "Branch AGM minutes\n\nThe date of the meeting was confirmed.",
        "Branch AGM minutes\n\nThe officers confirmed that the accounts were late.",
    ],
)
def test_a_thing_confirmed_is_no_election(page: str) -> None:
    assert [m.kind for m in titled_page_motions(page) if m.kind is MotionKind.OTHER] == []
