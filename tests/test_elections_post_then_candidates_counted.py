"""An election told only as the post and the candidates' counts ("For the Board's vice-chair: Anita Moss 15, Graham
Birch 8.", "Treasurer – Kofi Mensah 11, Jean Bale 6", "For Deputy Mayor, Cllr Jan Kowal was nominated after a vote
(20 votes; Cllr Eve Sands 18)"): the meeting decided it, one motion with the tally, the winner's votes for (SPEC:
Rulings) (round 22). Pages written here as a Lib Dem board member's notes, union branch minutes and council group
notes; counts of seats or of a members' ballot are no election of the meeting."""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from support import one_report


@pytest.mark.parametrize(
    ("body", "tally"),
    [
        (
            "Election of Vice-Chair\nFor the Board's vice-chair: Anita Moss 15, Graham Birch 8. Congratulations Anita.",
            (15, 8),
        ),
        ("Branch officers\nTreasurer – Kofi Mensah 11, Jean Bale 6.", (11, 6)),
        ("For Deputy Mayor, Cllr Jan Kowal was nominated after a vote (20 votes; Cllr Eve Sands 18).", (20, 18)),
    ],
)
def test_a_post_and_its_candidates_counted_is_an_election(body: str, tally: tuple[int, int]) -> None:
    motions = one_report(body).motions
    assert [(m.kind, m.outcome) for m in motions] == [(MotionKind.OTHER, Outcome.CARRIED)]
    assert motions[0].vote is not None and (motions[0].vote.for_, motions[0].vote.against) == tally


@pytest.mark.parametrize(
    "body",
    [
        "The council is now: Labour 32, Conservative 18.",
        "In the members' ballot for chair: Kate Lee 1,420, Sam Patel 960.",
    ],
)
def test_counts_that_are_no_election_of_the_meeting(body: str) -> None:
    assert one_report(body).motions == []
