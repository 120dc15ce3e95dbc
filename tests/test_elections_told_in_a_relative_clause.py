"""An election or appointment told in a relative clause after the person ("Congratulations to Sam Patel, who was
elected as our youth officer"; issue 13: decisions told outside the main clause): the meeting chose that person.
Sentences written for these tests in several styles, with negatives; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import titled_page_motions


@pytest.mark.parametrize(
    ("page", "summary"),
    [
        ("Branch minutes\n\nCongratulations to Sam Patel, who was elected as our youth officer.", "Sam Patel"),
        ("GC report\n\nWe welcomed Ana Ruiz, who was elected unopposed as secretary.", "Ana Ruiz"),
        ("Union executive minutes\n\nThe executive thanked Dev Marsh, who was appointed as treasurer.", "Dev Marsh"),
        ("Trades council minutes\n\nKim Obi, who was re-elected as chair, opened the debate on pay.", "Kim Obi"),
    ],
)
def test_the_person_before_who_was_chosen(page: str, summary: str) -> None:
    motions = titled_page_motions(page)
    assert len(motions) == 1
    assert summary in motions[0].summary


@pytest.mark.parametrize(
    "page",
    [
        # chosen elsewhere or at another time: no election of the meeting
        "Branch minutes\n\nWe heard from Sam Patel, who was elected to the council in May 2022.",
        "GC report\n\nAna Ruiz, who was elected MP in 2019, sent apologies.",
    ],
)
def test_no_election_chosen_elsewhere(page: str) -> None:
    assert titled_page_motions(page) == []


def test_a_post_of_another_body_was_filled_there() -> None:
    page = "NEC report\n\nThe NEC welcomed Kim Obi, who was elected as Vice-Chair of the Parliamentary Group."
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("page", "outcomes"),
    [
        # the meeting's own body's post, told in a relative clause: the meeting's election
        ("NEC report\n\nCongratulations to Ola Brent, who was elected chair of the NEC for the year.", ["carried"]),
        (
            "Scottish Executive Committee report\n\nWell done to Fin Law, who was elected vice-chair of the SEC.",
            ["carried"],
        ),
        # another body's post, in the same words: no election of the meeting
        ("NEC report\n\nWe welcomed Ola Brent, who was elected chair of the Parliamentary Labour Party.", []),
    ],
)
def test_a_relative_clause_of_the_meetings_own_post(page: str, outcomes: list[str]) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == outcomes
