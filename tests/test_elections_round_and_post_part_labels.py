"""A two-candidate count labelled by its round ("Round 2: Chohan 36, Lund 31") or by a post with its part in brackets
("Vice-Chair (Campaigns) – Ola Adebayo 34, Simon Tranter 25"): the election's tally, the winner's votes for (SPEC:
Rulings). A round of three candidates is no two-sided tally. Lines written for these tests in the registers of a CLP
AGM, a union branch AGM and a trades council's elections; none is quoted from a real page or a probe page."""

from __future__ import annotations

import pytest

from support import tally_counts


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        # a CLP AGM's exhaustive ballot
        ("Elections\nVice-Chair\nRound 2: Chohan 36, Lund 31\nNazia Chohan elected.", (36, 31, None)),
        # a union branch AGM
        ("Elections\nSecond round: Patel 19, Greaves 17. Patel elected.", (19, 17, None)),
        # a trades council's officers
        ("Elections\nVice-Chair (Campaigns) – Ola Adebayo 34, Simon Tranter 25. Ola Adebayo elected.", (34, 25, None)),
        ("Elections\nSecretary (job share) – Rita Kaur 22, Owen Bell 9. Rita Kaur elected.", (22, 9, None)),
    ],
)
def test_a_labelled_two_candidate_count_is_the_elections_tally(body: str, counts: tuple[int, int, None]) -> None:
    assert tally_counts(body) == [counts]


@pytest.mark.parametrize(
    "body",
    [
        "Elections\nRound 1: Adair 19, Chohan 27, Lund 22 (no one over half; Adair eliminated)",
        "Results\nWard 3: Labour 1,204, Green 980.",
    ],
)
def test_three_candidates_or_a_public_poll_give_no_tally(body: str) -> None:
    assert tally_counts(body) == []
