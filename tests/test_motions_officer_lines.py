"""Officers laid out one to a line under an intro that says the meeting chose them (SPEC Rulings: each decision is
one motion; an election decided by the meeting is a motion): "The following were elected unopposed:" over
"Secretary – Ann Lee" lines, "Officers appointed for the year:" over "Chair: Raj Dev" lines. A post left vacant is
no election; the same lines under an intro that chooses nobody ("Our officers are:", "Contacts:") only say who
holds which post. Pages written for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from support import assert_one_carried_motion_per_person, titled_page_motions


@pytest.mark.parametrize(
    ("page", "people"),
    [
        # union branch AGM: dashes, a post left vacant
        (
            "Branch AGM – 3 March 2025\n\nThe following were elected unopposed:\nBranch Secretary – Orla Finch\n"
            "Chair – Dilip Rao\nYouth Officer – vacant\nTreasurer – Hetty Marr",
            ["Orla Finch", "Dilip Rao", "Hetty Marr"],
        ),
        # council group AGM: colons, councillors' titles, the first line saying how
        (
            "Group AGM – 12 May 2025\n\nThe following officers were elected:\nLeader: Cllr Rhod Evans (unopposed)\n"
            "Deputy Leader: Cllr Mair Pugh\nChief Whip: Cllr Sion Lloyd",
            ["Rhod Evans", "Mair Pugh", "Sion Lloyd"],
        ),
        # trades council: an appointment noun opens the lines
        (
            "Trades council minutes\n\nOfficer elections for 2025:\nPresident: Kath Doyle\nSecretary: Wes Anand",
            ["Kath Doyle", "Wes Anand"],
        ),
        # party regional committee: the active voice opens them
        (
            "Regional committee report\n\nWe appointed these officers for the year:\nConvenor – Fen Adair\n"
            "Treasurer – Gil Moss",
            ["Fen Adair", "Gil Moss"],
        ),
    ],
)
def test_each_officer_line_under_an_election_is_one_motion(page: str, people: list[str]) -> None:
    assert_one_carried_motion_per_person(page, people, in_evidence=True)


@pytest.mark.parametrize(
    "page",
    [
        # who holds which post, told as a directory
        "Branch newsletter\n\nYour branch officers are:\nSecretary – Orla Finch\nChair – Dilip Rao",
        "Contact us\n\nContacts:\nChair: Kath Doyle\nTreasurer: Wes Anand",
        # the lines with no intro at all
        "Group news\n\nLeader: Cllr Rhod Evans\nDeputy Leader: Cllr Mair Pugh",
        # an election announced for later, over the candidates
        "Branch news\n\nNominations received so far for the election at the AGM:\nChair – Dilip Rao\nTreasurer – "
        "Hetty Marr",
    ],
)
def test_officer_lines_with_no_choice_told_are_no_motions(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("page", "people"),
    [
        # a heading with no colon names the choosing
        (
            "Branch AGM minutes\n\nElection of officers\nChair: Rosa Trent\nSecretary: Abel Nkem",
            ["Rosa Trent", "Abel Nkem"],
        ),
        ("Group AGM\n\nOfficers elected 2025\nLeader – Cllr Ivy Hope\nWhip – Cllr Sol Dean", ["Ivy Hope", "Sol Dean"]),
        # no intro, a closing line says they were all chosen, and tells nothing more itself
        (
            "Trades council AGM\n\nPresident: Kath Doyle\nSecretary: Wes Anand\nTreasurer: Lyn Ash\n"
            "All were elected unopposed.",
            ["Kath Doyle", "Wes Anand", "Lyn Ash"],
        ),
    ],
)
def test_headings_and_closing_lines_tell_the_choosing(page: str, people: list[str]) -> None:
    assert_one_carried_motion_per_person(page, people)


@pytest.mark.parametrize(
    "page",
    [
        # a heading that names no choosing
        "Branch newsletter\n\nYour officers\nChair: Rosa Trent\nSecretary: Abel Nkem",
        # a closing line about something else
        "Branch news\n\nChair: Rosa Trent\nSecretary: Abel Nkem\nAll can be reached by email.",
    ],
)
def test_lines_without_a_choosing_told(page: str) -> None:
    assert titled_page_motions(page) == []
