"""A ballot the meeting held among its own members, written as the candidates' names and counts: one tally, the
winner's votes for and the other's against (SPEC: Rulings, Votes). Two forms were lost (round 28): the ballot named
as one "of GPEx members" (read as a ballot of the wider membership), and a post with its portfolio in brackets before
the dash ("Vice-Chair (Campaigns) – Ola Adebayo 34, Simon Tranter 25"). Sentences written here in the registers of
Green Party executive minutes, union branch minutes, CLP AGM minutes, a council group's notes and an NEC write-up;
ballots of the wider membership and bracketed items that are no post give no tally."""

from __future__ import annotations

import pytest

from support import tally_counts


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("3.2 Ballot of GPEx members: Rowan Pike 5, Idris Mull 2.", (5, 2)),
        ("Vacancy on the appeals panel. Ballot of committee members: Dee Farrant 7, Hal Oduya 3.", (7, 3)),
        ("The NEC then held a ballot of NEC members for the vacancy: Priya Sandhu 21, Tom Ebdon 12.", (21, 12)),
        ("Vice-Chair (Campaigns) – Ola Brennan 31, Marc Tully 22. Ola Brennan elected.", (31, 22)),
        ("Deputy Leader (Resources): Cllr Aisha Ward 14, Cllr Ben Lisle 9.", (14, 9)),
        ("Branch Secretary (Health) – Joan Meek 18, Carl Dorsey 6.", (18, 6)),
    ],
)
def test_the_meetings_own_ballot_is_a_tally(body: str, counts: tuple[int, int]) -> None:
    assert tally_counts(body) == [(*counts, None)]


@pytest.mark.parametrize(
    "body",
    [
        "The result of the ballot of Young Labour members: Kate Lynn 142, Sam Patel 96.",
        "Ballot of branch members for the delegate: Kate Lynn 142, Sam Patel 96.",
        "The all-member ballot for chair: Kate Lynn 142, Sam Patel 96.",
        "Item 6 (Finance) – Ola Brennan 31, Marc Tully 22.",
    ],
)
def test_a_members_ballot_or_an_item_is_no_tally_of_the_meeting(body: str) -> None:
    assert tally_counts(body) == []
