"""A result table scraped one row a line whose result column says "Not agreed" (or "Not approved", "Not accepted"):
the row is defeated, and the rows next to it stay rows of the table, each its own motion. Before, "Not agreed" was no
result cell, so its row gave no motion and a row whose only neighbour it was lost its motion too. Kind seen on
tally29 dev d08 and tallied29 dev d03 (two writers). Sentences written for these tests; none is quoted from a real
page.
"""

from __future__ import annotations

import pytest

from support import page_motions


def _rows(body: str, title: str) -> list[tuple[str, str, tuple[int | None, int | None] | None]]:
    return [
        (m.outcome.value, m.evidence.text.split("  ")[0], m.vote and (m.vote.for_, m.vote.against))
        for m in page_motions(body, title)
    ]


@pytest.mark.parametrize(
    ("title", "body", "rows"),
    [
        # regional board record of decisions
        (
            "Regional Board – record of decisions, 2 December 2025",
            "Item                          For   Against   Abstain   Outcome\n"
            "Revised standing orders        14    2         1         Agreed\n"
            "Youth officer post             6     11        0         Not agreed\n"
            "Fundraising dinner             17    0         0         Agreed",
            [
                ("carried", "Revised standing orders", (14, 2)),
                ("defeated", "Youth officer post", (6, 11)),
                ("carried", "Fundraising dinner", (17, 0)),
            ],
        ),
        # union executive minutes, numbered items
        (
            "Executive Committee – votes taken, 14 April 2025",
            "Item   For   Against   Abst   Decision\n"
            "4.1 Hardship fund top-up   12   1   0   Agreed\n"
            "4.2 Move to monthly meetings   5   8   0   Not agreed\n"
            "4.3 Donation to the food bank   13   0   0   Agreed",
            [
                ("carried", "4.1 Hardship fund top-up", (12, 1)),
                ("defeated", "4.2 Move to monthly meetings", (5, 8)),
                ("carried", "4.3 Donation to the food bank", (13, 0)),
            ],
        ),
        # council committee minutes
        (
            "Minutes of the Planning Committee held on 8 July 2025",
            "Application   For   Against   Result\n"
            "Land at Mill Lane   3   7   Not approved\n"
            "Corner shop extension   9   1   Approved",
            [
                ("defeated", "Land at Mill Lane", (3, 7)),
                ("carried", "Corner shop extension", (9, 1)),
            ],
        ),
    ],
)
def test_a_not_agreed_row_is_defeated_and_its_neighbours_stay_rows(
    title: str, body: str, rows: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert _rows(body, title) == rows


@pytest.mark.parametrize(
    "body",
    [
        # a planning table whose last cell is a state, not a result of a vote
        "Dates for next year\nWomen's conference     March     Agreed\nYouth conference       TBC       Not agreed yet",
        # prose lines that only mention something not agreed elsewhere
        "The region's view:\nthe boundary review is still not agreed between the two councils\nand talks go on.",
    ],
)
def test_lines_that_are_no_result_table_give_nothing(body: str) -> None:
    assert page_motions(body, "NEC report, 9 September 2025") == []
