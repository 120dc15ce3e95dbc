"""Tallies of choices and elections told without a vote verb next to the counts (round 22): the meeting choosing
one of two ("By 16 to 10 the committee chose Ann over Bob"), a pair joined by "v" ("17 v 9 for Jo"), the post
before a colon and the candidates' totals ("Vice-chair: Ann Moss 15, Bob Birch 8"), the winner's votes in brackets
with the rival's ("(20 votes; Cllr Eve Saunders 18)") and a pair given as "the numbers". Sentences written here in
the registers of a party blog, union minutes, council group notes and a news report; near-misses that are no
tally of the meeting must give none."""

from __future__ import annotations

import pytest

from support import tally_counts


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("By 16 to 10 the executive chose Meinir Hale over Gareth Pugh.", [(16, 10, None)]),
        ("The branch chose the coach over a local rally, 12 to 9.", [(12, 9, None)]),
        ("Appointment of Ewan Shaw as our rep – agreed (contested: 17 v 9 for Maggie Rook)", [(17, 9, None)]),
        ("The amendment went down 10 vs 18.", [(10, 18, None)]),
        ("For the Board's vice-chair: Anita Moss 15, Graham Birch 8.", [(15, 8, None)]),
        ("Treasurer: Kofi Mensah 11, Jean Bale 6. Congratulations Kofi.", [(11, 6, None)]),
        ("Cllr Jan Kowal was nominated after a vote (20 votes; Cllr Eve Sands 18).", [(20, 18, None)]),
        ("Unsurprisingly, this went through anyway. The numbers, for the record: 20-11.", [(20, 11, None)]),
    ],
)
def test_a_choice_or_an_election_gives_its_tally(body: str, counts: list[tuple[int, int, None]]) -> None:
    assert tally_counts(body) == counts


@pytest.mark.parametrize(
    "body",
    [
        "The council is now made up as follows: Labour 32, Conservative 18.",
        "Our MP chose her words carefully when asked about the 2-3 year timetable.",
        "Members chose between sessions at 10 or 11 on the day.",
        "The regional secretary v the branch: the case was heard on 12 May.",
        "The numbers of members in the branch have grown this year.",
    ],
)
def test_no_tally_without_counts_of_the_meetings_vote(body: str) -> None:
    assert tally_counts(body) == []
