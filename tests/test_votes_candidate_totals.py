"""Tallies written another way (issue 13; SPEC Rulings): an election decided by the meeting, told as the two
candidates' totals, is one tally, the winner's votes for and the runner-up's against, also when the post stands
between "elected" and the totals, or when the totals follow a colon. Sentences written for these tests in several
styles, with negatives; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes import extract_votes
from support import report_context


def tallies(text: str) -> list[tuple[int | None, int | None, int | None, bool]]:
    report = report_context("Minutes\n\n" + text, title="Minutes")
    return [(v.for_, v.against, v.abstentions, v.unanimous) for v in extract_votes(report)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the post between "elected" and the totals: NEC write-up, union minutes, news
        ("Jane Roe was elected vice-chair of the NEC with 22 votes, against 11 for Joe Bloggs.", (22, 11)),
        ("Kim Ode was elected branch equality officer with 14 votes to 6 for Lee Chan.", (14, 6)),
        (
            "Councillor Ray Dunn was re-elected leader of the Labour group with 31 votes, against 17 for Ali Noor.",
            (31, 17),
        ),
        # the totals after a colon: CLP AGM minutes, a students' union council, an NEC write-up
        ("Secretary (contested): Anya Fell 19, Tom Crow 11.", (19, 11)),
        ("Candidates: Maya Reilly-Oduya 31, Henrik Sand 19.", (31, 19)),
        ("Finally we elected a new chair of the Disputes Panel: Dora White 17, Sam Kaur 12.", (17, 12)),
        ("Result of the election for treasurer: Lee Chan 9 and Bo Diaz 13.", (13, 9)),
    ],
)
def test_an_election_told_as_candidate_totals_is_one_tally(text: str, expected: tuple[int, int]) -> None:
    assert tallies(text) == [(*expected, None, False)]


@pytest.mark.parametrize(
    "text",
    [
        # counts that are no election of the meeting
        "Attendance: Northside 12, Southside 9.",
        "Membership by ward: Abbey 120, Riverside 95.",
        "The by-election result: Labour 1204, Green 880.",
        "Candidates: Ann Lee and Raj Patel.",
    ],
)
def test_counts_after_a_colon_that_are_no_election_are_no_tally(text: str) -> None:
    assert tallies(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tally after a participle of the result: NEC write-up, CLP minutes, union news
        ("Tom Hart moved that the deadline be brought forward. I seconded him, losing 14–19.", (14, 19)),
        ("The motion was moved by Ann Lee and seconded by me, winning 20-3.", (20, 3)),
        ("The branch's amendment was put, losing narrowly 9-10.", (9, 10)),
    ],
)
def test_a_tally_after_losing_or_winning_is_read(text: str, expected: tuple[int, int]) -> None:
    assert tallies(text) == [(*expected, None, False)]


def test_a_range_with_no_word_of_a_vote_is_no_tally() -> None:
    assert tallies("Members aged 18-25 were invited to the youth forum.") == []
