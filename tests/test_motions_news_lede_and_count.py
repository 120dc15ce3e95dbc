"""Under a headline telling a decision, a news report's lede tells the decision and the next sentence gives its
count: "NEC blocks rule change" / "A rule change ... was blocked by the NEC on Tuesday." / "NEC members voted 19 to 14
against the proposal." is one motion with its tally (SPEC Rulings: a decision restated is listed once). Not when the
next sentence names another item ("Another motion ... was defeated by ..."), gives another outcome, or the page has
no such headline (a write-up telling two decisions in a row). Pages written for these tests; none is quoted from a
real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("page", "outcome", "counts"),
    [
        (
            "Labour's ruling body blocks rule change on deputy\n\nA rule change that would have created a second "
            "deputy leader was blocked by Labour's national executive committee on Tuesday. NEC members voted 19 to "
            "14 against the proposal, which had been tabled by the trade union section.",
            D,
            (14, 19),
        ),
        (
            "NEC rejects call to reopen selections\n\nLabour's ruling committee has refused to reopen the selection "
            "process in three seats. A motion from left members to pause the selections fell by 21 votes to 12.",
            D,
            (12, 21),
        ),
        (
            "Union executive backs strike fund\n\nThe union's executive has agreed to set up a national strike fund "
            "for members in dispute. The plan was carried by 30 votes to 4 after a long debate.",
            C,
            (30, 4),
        ),
    ],
)
def test_the_count_after_a_news_lede_is_the_ledes(page: str, outcome: Outcome, counts: tuple[int, int]) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [outcome]
    vote = motions[0].vote
    assert vote is not None and (vote.for_, vote.against) == counts


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # another item named so
        (
            "NEC rejects call to reopen selections\n\nLabour's ruling committee has refused to reopen the selection "
            "process in three seats. Another motion, on the timetable, fell by 21 votes to 12.",
            [D, D],
        ),
        # another outcome
        (
            "NEC rejects call to reopen selections\n\nLabour's ruling committee has refused to reopen the selection "
            "process in three seats. A motion to publish the timetable was carried by 21 votes to 12.",
            [D, C],
        ),
        # a write-up's heading, not a headline telling a decision
        (
            "NEC report – 3 May 2022\n\nThe NEC refused to reopen the selection process in three seats. A motion from "
            "the left to pause the selections in two other seats fell by 21 votes to 12.",
            [D, D],
        ),
    ],
)
def test_another_item_another_outcome_or_no_headline_keeps_two(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected
