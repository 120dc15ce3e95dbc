"""A contest the meeting decided, told by its winner with words around the two names: the rival described by the post
they held ("beat long-serving chair Tom Hart", "beat the sitting holder, Tom Hart,"), the winner with an aside about
them ("Jo Reid, who joined last year, beat ..."), or the two candidates named first and the winner after ("a vote
between Ann Lee and Tom Hart; Ann won by 21 votes to 12"). Each is one election, carried, with its tally (SPEC:
Votes, an election between two candidates). Sentences written for these tests in the registers of a local paper, a
branch newsletter, an NEC write-up and CLP minutes; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

TITLE = "Branch annual general meeting – 6 March 2025"


def _records(body: str) -> tuple[list[tuple[str, str]], list[tuple[int | None, int | None]]]:
    (report,) = extract(f"{TITLE}\n\n{body}\n", "page.txt").reports
    return [(m.kind.value, m.outcome.value) for m in report.motions], [(v.for_, v.against) for v in report.votes]


@pytest.mark.parametrize(
    ("body", "tally"),
    [
        # a local paper's report of a CLP AGM
        (
            "Priya Nair, who joined last summer, beat long-serving chair Dennis Hope by 44 votes to 39 at the AGM.",
            (44, 39),
        ),
        # a branch newsletter
        ("Carl Obi beat the sitting holder, Jean Moss, by 27 votes to 22.", (27, 22)),
        # an NEC write-up
        (
            "The election for vice-chair of the disputes panel went to a vote between Rhian Jones and Paul Mace; "
            "Rhian won by 19 votes to 15.",
            (19, 15),
        ),
        # CLP minutes
        ("Women's officer: a ballot between Asha Kaur and Lin Wu, and Asha Kaur won 31-12.", (31, 12)),
    ],
)
def test_a_contest_told_by_its_winner_is_one_election_with_its_tally(body: str, tally: tuple[int, int]) -> None:
    motions, votes = _records(body)
    assert motions == [("other", "carried")]
    assert votes == [tally]


@pytest.mark.parametrize(
    "body",
    [
        # a score in a match, no contest of the meeting
        "Our five-a-side team, who trained all winter, beat the league leaders, Castle Rovers, 3-1.",
        # a deadline beaten, no rival
        "Jo Reid, who chairs the housing group, beat the deadline by two days.",
        # a ballot of the wider membership
        "In the members' ballot, Ann Lee beat long-serving MP Tom Hart by 4,210 votes to 3,900.",
    ],
)
def test_no_election_where_no_contest_of_the_meeting_was_won(body: str) -> None:
    motions, _ = _records(body)
    assert motions == []
