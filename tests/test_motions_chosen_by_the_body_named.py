"""A person chosen with the body named between the participle and the post ("Ann Lee was appointed by the committee
as secretary", "confirmed by the NEC as campaign manager"): an election by the meeting, unless the one choosing is
someone else (the general secretary, another body). Pages written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import (
    BRANCH_OPENING,
    COUNCIL_OPENING,
    NEC_OPENING,
    NEWS_OPENING,
    assert_one_carried_motion_per_person,
    titled_page_motions,
)


@pytest.mark.parametrize(
    ("page", "person"),
    [
        (NEC_OPENING + "Councillor Asha Shah was readily confirmed by the NEC as campaign manager.", "Shah"),
        (BRANCH_OPENING + "Jo Reid was appointed by the committee as secretary.", "Jo Reid"),
        (COUNCIL_OPENING + "Sam Okoro was chosen by the group as its chief whip.", "Sam Okoro"),
        (NEWS_OPENING + "Lena Marsh was endorsed by the executive as treasurer.", "Lena Marsh"),
    ],
)
def test_a_person_chosen_by_the_meeting_named_before_the_post_is_an_election(page: str, person: str) -> None:
    assert_one_carried_motion_per_person(page, [person])


@pytest.mark.parametrize(
    "page",
    [
        # chosen by someone else: an officer, another body
        NEC_OPENING + "Jo Reid was appointed by the general secretary as regional director.",
        NEC_OPENING + "Jo Reid was appointed by the general secretary as our new secretary.",
        BRANCH_OPENING + "Jo Reid was appointed by the regional board as its organiser.",
    ],
)
def test_a_person_chosen_by_someone_else_is_no_election_of_the_meeting(page: str) -> None:
    assert titled_page_motions(page) == []
