""" "tied to", "tied in with": a link in the motion's words, not a tied vote."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


def _outcomes(body: str) -> list[Outcome]:
    return [m.outcome for m in titled_page_motions(f"Branch meeting, 3 May 2025\n\n{body}\n")]


@pytest.mark.parametrize(
    "body",
    [
        # CLP minutes: the motion's words, then its result
        "Moved by Becca Lind, seconded by Harry Oye. The motion calls on the council to back rent stabilisation tied "
        "to CPI. There was a good debate. On a show of hands the motion was carried, 38 in favour, 4 against.",
        # union branch
        "Jo Lee moved a motion for a pay claim tied in with the national ballot. It was carried.",
        # NEC blog
        "We moved a motion on a members' fund tied up with the new digital offer, and it was agreed.",
    ],
)
def test_tied_to_in_the_motions_words_is_no_result(body: str) -> None:
    assert _outcomes(body) == [Outcome.CARRIED]


@pytest.mark.parametrize(
    "body",
    [
        "The vote on the code of conduct was tied 15-15 and the chair used her casting vote against the change.",
        "The amendment on rents was tied, 12 votes each, and so fell.",
    ],
)
def test_a_tied_vote_still_defeats(body: str) -> None:
    assert Outcome.DEFEATED in _outcomes(body)
