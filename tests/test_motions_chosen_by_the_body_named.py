"""A person chosen with the body named between the participle and the post ("Ann Lee was appointed by the committee
as secretary", "confirmed by the NEC as campaign manager"): an election by the meeting, unless the one choosing is
someone else (the general secretary, another body). Pages written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import titled_page_motions

_NEC = "NEC report, March 2025\n\nThe NEC met on Tuesday.\n\n"
_BRANCH = "Minutes of the branch committee, 12 May 2024\n\nPresent: eleven members.\n\n"
_COUNCIL = "Labour group meeting, Westford Council, June 2023\n\nThe group met before full council.\n\n"
_NEWS = "Executive backs new fund\n\nThe union's executive met in London on Friday.\n\n"


@pytest.mark.parametrize(
    ("page", "person"),
    [
        (_NEC + "Councillor Asha Shah was readily confirmed by the NEC as campaign manager.", "Shah"),
        (_BRANCH + "Jo Reid was appointed by the committee as secretary.", "Jo Reid"),
        (_COUNCIL + "Sam Okoro was chosen by the group as its chief whip.", "Sam Okoro"),
        (_NEWS + "Lena Marsh was endorsed by the executive as treasurer.", "Lena Marsh"),
    ],
)
def test_a_person_chosen_by_the_meeting_named_before_the_post_is_an_election(page: str, person: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome.value for m in motions] == ["carried"]
    assert person in motions[0].summary


@pytest.mark.parametrize(
    "page",
    [
        # chosen by someone else: an officer, another body
        _NEC + "Jo Reid was appointed by the general secretary as regional director.",
        _NEC + "Jo Reid was appointed by the general secretary as our new secretary.",
        _BRANCH + "Jo Reid was appointed by the regional board as its organiser.",
    ],
)
def test_a_person_chosen_by_someone_else_is_no_election_of_the_meeting(page: str) -> None:
    assert titled_page_motions(page) == []
