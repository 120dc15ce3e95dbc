"""Tables of decisions drawn with bars at both ends of each row, as pages copied from a wiki or a spreadsheet set
them ("| 3 | Votes at 16 | Young Labour | Fell |"): one motion per row, its result the last cell, as for rows
without the outer bars. Pages written for these tests; none is quoted from a real page."""

from __future__ import annotations

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, R = Outcome.CARRIED, Outcome.DEFEATED, Outcome.REMITTED

CONFERENCE = (
    "Regional conference 2024: how the motions fared\n\n"
    "| No. | Motion | Mover | Result |\n"
    "|---|---|---|---|\n"
    "| 1 | Public ownership of water | Eastside CLP | Carried |\n"
    "| 2 | Council housing targets | Unite | Carried |\n"
    "| 3 | Votes at 16 | Young Labour | Fell |\n"
    "| 4 | Scrap the two-child limit | Westford CLP | Remitted |"
)

UNION = "Branch AGM motions\n\n| Motion on pay | CARRIED |\n| Motion on pensions | LOST (4–7) |"


def test_each_row_drawn_with_bars_is_a_motion() -> None:
    motions = titled_page_motions(CONFERENCE)
    assert [(m.summary, m.outcome) for m in motions] == [
        ("Public ownership of water", C),
        ("Council housing targets", C),
        ("Votes at 16", D),
        ("Scrap the two-child limit", R),
    ]


def test_rows_with_a_note_after_the_result_and_bars() -> None:
    assert [m.outcome for m in titled_page_motions(UNION)] == [C, D]
