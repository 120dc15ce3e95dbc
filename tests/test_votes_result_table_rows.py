"""A result table scraped one row a line under a header naming the columns ("Proposal   For   Against   Abstain"):
each row is its item's tally; a row with no result column adds no motion of its own (round 29, tally29; kind seen on
tally29 dev d08 and voices22 dev vd08). Tables written for these tests; none is quoted from a real page or a probe
page.
"""

from __future__ import annotations

import pytest

from support import one_report, tally_counts


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        # NEC write-up
        (
            "Results of votes\nProposal                         For   Against   Abstain\n"
            "Selections timetable             20     6        2\nRevised budget                   24     4        0",
            [(20, 6, 2), (24, 4, 0)],
        ),
        # regional executive record, with a result column
        (
            "Item   For   Against   Abst   Outcome\n4.1 Campaigns budget   17   2   1   Agreed\n"
            "4.2 Merge the two branches   6   12   0   Not agreed",
            [(17, 2, 1), (6, 12, 0)],
        ),
        # council committee, tab-separated
        ("Recommendation\tFor\tAgainst\nClose the depot\t5\t4", [(5, 4, None)]),
    ],
)
def test_each_row_of_a_result_table_is_a_tally(body: str, counts: list[tuple[int, int, int | None]]) -> None:
    assert tally_counts(body) == counts


@pytest.mark.parametrize(
    "body",
    [
        # figures by year, no For/Against columns
        "Membership   2024   2025\nMembers   1200   1350",
        # a header with the labels but a row of words
        "Motion   For   Against\nHousing   see below   see below",
    ],
)
def test_tables_without_counted_rows_give_no_tally(body: str) -> None:
    assert tally_counts(body) == []


def test_a_row_with_no_result_column_adds_no_motion() -> None:
    page = (
        "Agreed: the revised budget for next year (a few votes against).\n\n"
        "Results of votes\nProposal                         For   Against   Abstain\n"
        "Selections timetable             20     6        2\nRevised budget                   24     4        0\n"
    )
    report = one_report(page)
    assert [(v.for_, v.against, v.abstentions) for v in report.votes] == [(20, 6, 2), (24, 4, 0)]
    assert len(report.motions) == 1
