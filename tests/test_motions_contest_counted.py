"""A contest told by the nominations and a candidate's votes was decided (issue 13, round 9): "Two nominations for one
vacancy: Ann received 21 votes and Raj 14" is one election, carried. Sentences written for these tests in several
styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C = Outcome.CARRIED


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nTwo nominations for one vacancy: Ann Bell received 21 votes and Raj Gill 14, so Ann takes the "
        "seat.",
        "Branch minutes\n\nThere were two nominations for secretary; after a ballot Jo Hart received 19 votes and Sam "
        "Lee 12.",
        "Local news\n\nThe two nominations for the vacant seat went to a vote, with Ann Bell receiving 14 votes to Raj "
        "Gill's 9.",
        "Union report\n\nThree nominations were received for the two trustee posts: Ann Bell received 40 votes, Raj "
        "Gill 31 and Jo Hart 12.",
    ],
)
def test_a_contest_with_a_candidates_votes_was_decided(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [C]


@pytest.mark.parametrize(
    "page",
    [
        # nominations with no votes yet, or a count that is no candidate's votes
        "CLP minutes\n\nTwo nominations had been received for the NEC by-election; the ballot will be held in July.",
        "Branch minutes\n\nThree nominations were received for the two trustee posts, and the ballot closes on 12 May.",
    ],
)
def test_no_votes_no_decision(page: str) -> None:
    assert all(m.outcome is not C for m in titled_page_motions(page))
