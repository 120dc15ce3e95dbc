"""Elections told with more of the verb phrase (SPEC Rulings: an election decided by the meeting is a motion): the
perfect ("Cllr X has been elected the new leader of the council"), participles coordinated before "elected"
("X was nominated and elected", "proposed and duly elected"), and the person standing for a post first ("I stood
for vice-chair and was elected by 12 votes to 10"). Standing for a body, not a post, and being elected is a ballot
of the members; "has been elected to the council" is a seat, not a post. Sentences written for these tests; none is
quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from support import titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        "Council news\n\nCllr Noor Bakr has been elected the new leader of Eastfield Council.",
        "Branch AGM\n\nNominations were invited for secretary; Lyle Drum was nominated and elected.",
        "Executive minutes\n\nSis. Ama Oduya was proposed and duly elected as Vice-President.",
        "EC report\n\nI stood for vice-chair and was elected by 12 votes to 10.",
        "Committee report\n\nI ran for the post of treasurer and was elected unopposed.",
    ],
)
def test_an_election_with_more_of_its_verb_phrase(page: str) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == ["carried"]


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nI stood for the NEC and was elected.",
        "Ward news\n\nCllr Noor Bakr has been elected to the council.",
        "Branch news\n\nLyle Drum, who has been elected MP for the seat, sent his best wishes.",
    ],
)
def test_seats_and_members_ballots_are_no_elections_of_the_meeting(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("page", "person"),
    [
        # the post owned by the body named; (the perfect of an appointment, "X has been appointed as the branch's new
        # equality officer", is not read: on the unread half of corpus2 it made a decision of no meeting)
        (
            "Branch news\n\nAt its meeting the committee appointed Teo Marsh as the branch's new equality officer.",
            "Teo Marsh",
        ),
        # the phrasal "voted ... in as"
        ("Committee minutes\n\nThe committee voted Teo Marsh in as treasurer.", "Teo Marsh"),
    ],
)
def test_appointed_to_an_owned_post_and_voted_in(page: str, person: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome.value for m in motions] == ["carried"]
    assert person in motions[0].summary


@pytest.mark.parametrize(
    "page",
    [
        "Branch news\n\nTeo Marsh has been appointed to the council's planning committee.",
        "Committee minutes\n\nThe committee voted Labour as the best option for the ward.",
    ],
)
def test_no_appointment_by_the_meeting(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("page", "outcomes"),
    [
        # chosen by someone else, named after "by"
        ("Branch news\n\nTeo Marsh has been appointed secretary by the Regional Board.", []),
        ("Branch news\n\nTeo Marsh was appointed organiser by the general secretary.", []),
        # "by" with how the meeting decided: still the meeting's
        ("Committee minutes\n\nTeo Marsh was elected chair by the narrowest of margins.", ["carried"]),
    ],
)
def test_chosen_by_whom(page: str, outcomes: list[str]) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == outcomes
