"""A result table scraped to text, each row of it its item's tally: one row a line under a header naming the
columns ("Proposal   For   Against   Abstain"; tally29 dev d08, voices22 dev vd08), or one cell a line, the header's
cells stacked and each row as many lines (genre28a dev d08, tally29 check c08). A row of a table with no result
column adds no motion of its own. Tables written for these tests; none is quoted from a real page or a probe page.
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


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        # union conference record of decisions, one cell a line, dashes where no count was taken
        (
            "No.\nTitle\nMoved by\nResult\nFor\nAgainst\n"
            "11\nRural bus routes\nDevon\nCarried\n–\n–\n"
            "12\nFarm safety inspections\nNEC\nCarried\n190\n22\n"
            "13\nA four-day week\nFife\nLost\n75\n140",
            [(190, 22, None), (75, 140, None)],
        ),
        # regional board, three counted columns and a result
        (
            "Motion\nFor\nAgainst\nAbstain\nResult\nM1 Tenant fund\n15\n3\n0\nCarried\nM2 Freeze\n7\n11\n1\nLost",
            [(15, 3, 0), (7, 11, 1)],
        ),
    ],
)
def test_each_row_of_a_table_scraped_one_cell_a_line_is_a_tally(
    body: str, counts: list[tuple[int, int, int | None]]
) -> None:
    assert tally_counts(body) == counts


def test_cells_a_line_with_no_for_and_against_columns_give_no_tally() -> None:
    assert tally_counts("Item\nCost\nYear\nHall hire\n120\n2024\nLeaflets\n85\n2025") == []
