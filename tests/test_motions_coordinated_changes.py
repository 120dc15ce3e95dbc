"""Missed decisions (issue 13): a change the body made coordinated with one of its decision verbs ("raised
the fee and appointed ...") is a decision of its own. Pages written for these tests in several styles (an NEC
member's write-up, union / council / CLP minutes, a news report), with negatives; none is quoted from a real page
or from the probe pages.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


motions_of = titled_page_motions


# ---------------------------------------------------------------- a change made, among the body's decisions


@pytest.mark.parametrize(
    ("page", "expected", "changed"),
    [
        # news report: three coordinated acts, the middle one a change
        (
            "Party news\n\nAt the same meeting the ruling committee set up a panel on candidate safety, increased "
            "the affiliation fee for local parties from £10 to £40, and appointed a new head of compliance.",
            [C, C, C],
            "affiliation fee",
        ),
        # union executive minutes: the change first, then a decision verb
        (
            "Union executive minutes\n\nThe executive also cut the conference fee for retired members by half and "
            "established a fund for members in arrears.",
            [C, C],
            "conference fee",
        ),
        # council minutes
        (
            "Council cabinet minutes\n\nCabinet approved the parks strategy and froze allotment rents for two years.",
            [C, C],
            "allotment rents",
        ),
        # an NEC member's write-up
        (
            "My NEC report\n\nWe endorsed the new code of conduct and lifted the suspension of the youth wing's "
            "committee.",
            [C, C],
            "suspension",
        ),
    ],
)
def test_a_change_coordinated_with_a_decision_is_a_decision(page: str, expected: list[Outcome], changed: str) -> None:
    motions = motions_of(page)
    assert [m.outcome for m in motions] == expected
    assert any(changed in m.summary for m in motions)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the change alone is not read as a decision (as before this round)
        ("Union news\n\nThe union raised the subscription last year, the treasurer reminded us.", 0),
        # words, not a change: "raised concerns"
        ("Council cabinet minutes\n\nCabinet raised concerns about the bus contract and approved the parks plan.", 1),
        # a verb beside a decision that is no change of the body's
        ("Union executive minutes\n\nThe executive thanked the outgoing treasurer and appointed her successor.", 1),
        # the change made by someone else
        (
            "CLP minutes\n\nThe GC approved the campaign plan. The council has since increased parking charges.",
            1,
        ),
    ],
)
def test_a_change_not_told_among_the_body_s_decisions_is_no_motion(page: str, expected: int) -> None:
    assert len(motions_of(page)) == expected
