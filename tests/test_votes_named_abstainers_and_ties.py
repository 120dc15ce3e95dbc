"""Tallies told with people rather than numbers (issue 13, round 12): each person named as abstaining beside a tally is
one abstention ("21 to 9, with Cllr Reid abstaining"), a group so named is no count; a tie told after "the vote on it
was" ("12 each") is a tally. Sentences written for these tests in several styles; none is quoted from a real page or a
probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


def _vote(title: str, body: str) -> tuple[Outcome, int | None, int | None, int | None]:
    motions = titled_page_motions(f"{title}\n\n{body}\n")
    assert len(motions) == 1
    vote = motions[0].vote
    assert vote is not None
    return motions[0].outcome, vote.for_, vote.against, vote.abstentions


@pytest.mark.parametrize(
    ("title", "body", "abstentions"),
    [
        (
            "Council group notes, 3 March 2025",
            "The group voted to back option B by 21 to 9, with Cllr Reid abstaining.",
            1,
        ),
        ("Branch minutes, 3 June 2024", "The motion was carried by 14 votes to 3, Sister Grant abstaining.", 1),
        (
            "Union executive news, 8 Feb 2025",
            "The executive agreed the claim by 18 votes to 2, with the President and Vice-President abstaining.",
            2,
        ),
        (
            "NEC report, 12 March 2024",
            "The rule change was carried 20-11, with Ann Lee, Raj Patel and Tom Ode abstaining.",
            3,
        ),
    ],
)
def test_each_person_named_abstaining_is_one_abstention(title: str, body: str, abstentions: int) -> None:
    assert _vote(title, body)[3] == abstentions


@pytest.mark.parametrize(
    "body",
    [
        "The motion was carried by 30 votes to 12, with the Lib Dems abstaining.",
        "The motion was carried by 30 votes to 12, with several members abstaining.",
    ],
)
def test_a_group_or_vague_number_abstaining_gives_no_count(body: str) -> None:
    assert _vote("Council report, 4 April 2024", body)[3] is None


def test_a_name_abstaining_with_no_tally_makes_none() -> None:
    motions = titled_page_motions("Branch minutes, 3 June 2024\n\nThe motion was carried, with Cllr Reid abstaining.\n")
    assert [m.vote for m in motions] == [None]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Welsh executive report – 4 May 2024",
            "I moved an amendment to open the shortlist. The vote on it was 12 each, and the chair declined to use a "
            "casting vote.",
        ),
        ("Branch minutes, 3 June 2024", "An amendment to cap the grant was moved. The vote on that was 12 apiece."),
        ("Union executive news, 8 Feb 2025", "A motion to affiliate was tabled. The count on the motion was 12 all."),
    ],
)
def test_a_tie_after_the_vote_on_it_was_is_a_tally_and_falls(title: str, body: str) -> None:
    assert _vote(title, body) == (Outcome.DEFEATED, 12, 12, None)
