"""Missed decisions (issue 13): a table of decisions laid out in columns with spaces ("Motion 3  Housing  Carried")
is read row by row, each row a motion, not joined as hard-wrapped prose. Pages written for these tests in several
styles, with negatives; none is quoted from a real page or from the probe pages.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, R, F, W, U = (
    Outcome.CARRIED,
    Outcome.DEFEATED,
    Outcome.REMITTED,
    Outcome.DEFERRED,
    Outcome.WITHDRAWN,
    Outcome.UNKNOWN,
)


motions_of = titled_page_motions


def outcomes(page: str) -> list[Outcome]:
    return [m.outcome for m in motions_of(page)]


# ---------------------------------------------------------------- a table of decisions laid out in columns


@pytest.mark.parametrize(
    ("page", "expected", "first"),
    [
        (
            "Regional conference report\n\nResults of the motions debated:\n\n"
            "C4  Pay claim for cleaners            Leeds branch       Carried\n"
            "C5  Affiliation to the peace council   Hull branch        Lost\n"
            "C6  Rule on branch quorums             Retired section    Remitted\n",
            [C, D, R],
            "C4 Pay claim for cleaners",
        ),
        (
            "Borough council minutes\n\n"
            "Item 7\tCar park charges review\tCllr Mbeki\tAgreed\n"
            "Item 8\tLibrary opening hours\tCllr Shaw\tDeferred\n"
            "Item 9\tStreet lighting contract\tCllr Rowe\tWithdrawn\n",
            [C, F, W],
            "Car park charges review",  # the cell numbering the row is not what it decides
        ),
        (
            "CLP general committee\n\nMotions to the GC\n\n"
            "GC1  Support for the hospital picket              Carried\n"
            "GC2  Twinning with a town in Chile                 Lost\n"
            "GC3  Fees for the summer social                    Carried\n",
            [C, D, C],
            "Support for the hospital picket",
        ),
    ],
)
def test_each_row_of_a_table_in_columns_is_a_motion(page: str, expected: list[Outcome], first: str) -> None:
    motions = motions_of(page)
    assert [m.outcome for m in motions] == expected
    assert first in motions[0].summary
    assert not any(m.summary.endswith(("Carried", "Lost", "Agreed")) for m in motions)


@pytest.mark.parametrize(
    "page",
    [
        "Branch minutes\n\nAttendance\n\nJo Bloggs         Chair          Present\n"
        "Amir Khan         Secretary      Present\nRita Lowe         Treasurer      Apologies\n",
        "Council minutes\n\nWard        Turnout       Winner\nEastside    31%           Labour\n"
        "Westfield   28%           Green\n",
    ],
)
def test_a_table_without_a_result_column_is_no_motion(page: str) -> None:
    assert motions_of(page) == []
