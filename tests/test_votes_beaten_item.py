"""An item "was beaten" with a tally, or that "went down" by votes, is defeated by it, the larger count against ("A
proposal to hold AGMs online was beaten 11-23", "went down by a handful of votes (19-23)"); "beaten" of a team stays a
sports score, a figure that went down is no defeat. Kinds seen on voices22 dev vd17 ("beaten") and genre27b dev d03
("went down"), and on tally29's check half (both; two writers each). Sentences written for these tests; none is
quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes.tallies import sentence_tallies
from nec_extract.models import Outcome
from support import tally_counts


def _tallies(sentence: str) -> list[tuple[int | None, int | None, Outcome | None]]:
    return [(t.for_, t.against, t.outcome) for t in sentence_tallies(sentence)]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # NEC write-up
        ("A proposal to hold CLP AGMs online by default, moved by our own rep, was beaten 10-21.", (10, 21)),
        # union executive report
        ("The motion on the hardship fund levy was beaten 8-14, though it was closer than that looks.", (8, 14)),
        # council minutes
        ("The amendment was narrowly beaten, 14 votes to 15.", (14, 15)),
        # news report
        ("The leadership's rule change was beaten by 19 votes to 12 on Tuesday.", (12, 19)),
    ],
)
def test_an_item_beaten_with_a_tally_is_defeated(sentence: str, counts: tuple[int, int]) -> None:
    assert _tallies(sentence) == [(*counts, Outcome.DEFEATED)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The staff side had beaten a visiting eleven 5-2 in the annual charity match.",
        "Our team was beaten 4-2 by the Greens.",
        "The Harbour side were beaten 3-1 after extra time.",
    ],
)
def test_a_team_beaten_is_a_score_not_a_tally(sentence: str) -> None:
    assert _tallies(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # CLP secretary's e-mail, after a result told the other way
        (
            "The wealth tax motion passed easily. The Executive's proposal to move meetings went down by a handful of "
            "votes (19-23), so we stay on Thursdays.",
            (19, 23),
        ),
        # NEC write-up
        ("The rule change went down 12-20, as everyone expected.", (12, 20)),
        # union executive report
        ("The amendment went down by 14 votes to 19.", (14, 19)),
    ],
)
def test_an_item_that_went_down_by_votes_is_defeated(sentence: str, counts: tuple[int, int]) -> None:
    assert tally_counts(sentence) == [(*counts, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Membership went down by 300 over the year, to 4,120.",
        "Turnout went down by 4 points to 31 per cent.",
    ],
)
def test_a_figure_that_went_down_is_no_defeat(sentence: str) -> None:
    assert _tallies(sentence) == []
