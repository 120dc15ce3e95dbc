"""A decision won from the meeting told as the assurance, promise, undertaking or guarantee won ("we won an
assurance that he can still stand", "the left secured a guarantee that the ballot would be held"), also after a
clause lost with a modal ("We could not stop the referral, but we did win an assurance that ..."): the second
clause has its own subject, so the first clause's "could" is not said of it. Not decisions: one given by us ("we
gave an assurance"), one won from someone else ("an undertaking from the employer"), one not won. Pages written for
these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nWe won an assurance that the member can still stand for the council while his case is heard.",
        "Union executive report\n\nThe left secured a guarantee that the ballot would be held before the summer.",
        "CLP bulletin\n\nOur delegates got a promise that the branch would be consulted on the boundary changes.",
        "Green Party executive report\n\nWe obtained an undertaking that the accounts would be published in full.",
        # a first clause lost with a modal, the assurance won in a clause of its own
        "NEC report\n\nWe could not stop his case going to the disputes panel, but we did win an assurance that he "
        "can still seek selection.",
        "Branch minutes\n\nThe branch was unable to prevent the closure, but it secured a promise that staff would be "
        "redeployed.",
    ],
)
def test_an_assurance_won_is_a_decision_carried(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nWe gave an assurance that the report would be published.",
        "Union executive report\n\nWe obtained an undertaking from the employer that no jobs would go.",
        "CLP bulletin\n\nWe failed to secure a promise that the branch would be consulted.",
        "NEC report\n\nThe General Secretary promised that the report would be published.",
    ],
)
def test_an_assurance_not_won_from_the_meeting_is_no_decision(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page) if m.outcome is Outcome.CARRIED] == []


@pytest.mark.parametrize(
    "page",
    [
        "The committee's modal first clause\n\nThe committee could not agree the budget, but it approved the levy.",
        "Union executive report\n\nThe executive would not back the strike, but it agreed a ballot of members.",
    ],
)
def test_a_modal_in_one_clause_is_not_said_of_a_clause_with_its_own_subject(page: str) -> None:
    assert Outcome.CARRIED in [m.outcome for m in titled_page_motions(page)]


@pytest.mark.parametrize(
    "page",
    [
        "The committee might\n\nThe committee might hold a ballot and would then report back.",
        "Union executive report\n\nThe executive would adopt the plan and approve the budget if funds allowed.",
    ],
)
def test_a_modal_shared_by_coordinated_verbs_is_still_background(page: str) -> None:
    assert titled_page_motions(page) == []
