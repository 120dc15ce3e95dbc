"""An election the meeting decided, its two candidates' totals in brackets after a word of voting ("elected Alan
Ross as chair after a ballot (Ross 19, Hussain 14)"; round 19, AGM minutes): one tally, the winner's votes for and
the runner-up's against (SPEC: Rulings). Brackets that give no two named totals are none. Sentences written for these
tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from support import tally_counts


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("The branch then elected Alan Ross as chair after a ballot (Ross 19, Hussain 14).", [(19, 14, None)]),
        ("Meera Shah was elected secretary (Shah 23, Okafor 17) and thanked the meeting.", [(23, 17, None)]),
        ("The vote for treasurer went to a second round (Lee 12, Marsh 10) and Lee was elected.", [(12, 10, None)]),
    ],
)
def test_candidate_totals_in_brackets_are_one_tally(body: str, counts: list[tuple[int, int, None]]) -> None:
    assert tally_counts(body) == counts


@pytest.mark.parametrize(
    "body",
    [
        "Dana Ellis was elected chair (she has chaired the branch before).",
        "The ballot for the regional board closes on Friday (nominations from Unite and GMB).",
    ],
)
def test_brackets_without_two_named_totals_are_no_tally(body: str) -> None:
    assert tally_counts(body) == []
