"""A range of numbered items or of financial years ("recommendations 1 to 4", "options 2 to 5", "2025/26 to 2027/28")
is no tally; a count after a verdict or a "by" still is. Sentences written for these tests in the registers of a
cabinet record, council minutes, a union executive's minutes and a news report; none is quoted from a real page or a
probe page."""

from __future__ import annotations

import pytest

from support import tally_counts


@pytest.mark.parametrize(
    "body",
    [
        # a cabinet's record of decisions
        "Decision: Cabinet accepted recommendations 1 to 4 and 6 of the scrutiny review.",
        # council minutes
        "RESOLVED – That the Capital Programme 2025/26 to 2027/28 be approved.",
        "The committee agreed to consult on options 2 to 5 in the appendix.",
        # union executive minutes
        "The executive endorsed objectives 3 to 7 of the organising strategy.",
        # a news report
        "Councillors backed priorities 1 to 3 of the new plan without a vote.",
    ],
)
def test_a_range_of_items_or_years_is_no_tally(body: str) -> None:
    assert tally_counts(body) == []


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("The recommendation was carried by 14 to 2.", (14, 2, None)),
        ("The motion on recommendations was passed 20 to 3.", (20, 3, None)),
        ("After a long debate the amendment was defeated by 9 votes to 16.", (9, 16, None)),
    ],
)
def test_a_count_after_its_verdict_stays_a_tally(body: str, counts: tuple[int, int, None]) -> None:
    assert tally_counts(body) == [counts]
