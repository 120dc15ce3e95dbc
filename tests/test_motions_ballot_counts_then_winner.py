"""An election told by its counts and then who won: the counts are its tally, the statement its decision."""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from support import titled_page_motions


def _motions(body: str, heading: str = "Branch committee, 3 May 2025"):
    return titled_page_motions(f"{heading}\n\n{body}\n")


@pytest.mark.parametrize(
    ("body", "name", "counts"),
    [
        # union branch minutes
        (
            "Two nominations were received. Following a ballot of the committee, Ann Fogarty received 8 votes and "
            "Gordon Lusk 5. Ann will be the branch's nominee.",
            "Ann Fogarty",
            (8, 5),
        ),
        # CLP secretary's notes
        (
            "The ballot for chair was close: Sam Reid 14, Jo Hart 11. Sam Reid therefore takes the chair.",
            "Sam Reid",
            (14, 11),
        ),
        # an NEC member's blog
        (
            "There were two candidates for the Org Committee chair. Lorna Frisk got 19 votes, Tom Abbey 15. Lorna is "
            "the winner, and deserves it.",
            "Lorna Frisk",
            (19, 15),
        ),
        # council minutes
        (
            "Nominations for vice-chair: Amy Osei and Ben Lee. Amy Osei received 6 votes and Ben Lee 3. Amy Osei "
            "goes forward as the group's nominee.",
            "Amy Osei",
            (6, 3),
        ),
    ],
)
def test_counts_then_the_winner_is_one_election_with_its_tally(body: str, name: str, counts: tuple[int, int]) -> None:
    motions = _motions(body)
    assert len(motions) == 1
    motion = motions[0]
    assert motion.kind is MotionKind.OTHER and motion.outcome is Outcome.CARRIED and name in motion.summary
    assert motion.vote is not None and (motion.vote.for_, motion.vote.against) == counts


@pytest.mark.parametrize(
    "body",
    [
        # the one named is not the one counted first (the winner)
        "The ballot: Jo Hart 14, Sam Reid 11. Sam Reid will be the nominee next year.",
        # a statement that names no win
        "The ballot: Jo Hart 14, Sam Reid 11. Jo Hart thanked everyone who took part.",
        # a ballot of the members is no vote of the meeting
        "In the members' ballot, Ann Black received 87,407 votes and Pete Willsman 73,536. Ann Black thanked everyone.",
    ],
)
def test_no_election_where_the_statement_names_no_winner_of_the_counts(body: str) -> None:
    assert _motions(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Two nominations: Priya Nandakumar and Luke Stanway. Votes: Priya 27, Luke 19. Priya Nandakumar was declared "
        "elected.",
        "Nominations for chair: Amy Osei and Ben Lee. Amy Osei received 27 votes and Ben Lee 19. Amy Osei was elected.",
    ],
)
def test_an_election_told_after_its_counts_takes_them_as_its_tally(body: str) -> None:
    motions = _motions(body)
    assert len(motions) == 1 and motions[0].vote is not None
    assert (motions[0].vote.for_, motions[0].vote.against) == (27, 19)


@pytest.mark.parametrize(
    ("body", "name", "counts"),
    [
        # an NEC member's blog
        (
            "On the second morning we elected a new chair of the Organisation Committee. Tom Adeyemi beat Lorna Frisk "
            "by 19 votes to 15.",
            "Tom Adeyemi",
            (19, 15),
        ),
        # CLP secretary's notes
        ("The GC then elected a new treasurer. Raj Patel beat Sue Hill by 30 votes to 22.", "Raj Patel", (30, 22)),
    ],
)
def test_an_election_announced_then_told_as_a_contest_is_one_motion(
    body: str, name: str, counts: tuple[int, int]
) -> None:
    motions = _motions(body)
    assert len(motions) == 1 and name in motions[0].summary
    assert motions[0].vote is not None and (motions[0].vote.for_, motions[0].vote.against) == counts


def test_two_elections_each_naming_its_winner_stay_two() -> None:
    motions = _motions(
        "Ann Lee was elected chair unopposed. Tom Abbey beat Lorna Frisk by 19 votes to 15 for vice-chair."
    )
    assert len(motions) == 2
