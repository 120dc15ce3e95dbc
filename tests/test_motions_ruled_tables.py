"""Tables of decisions (issue 13): rows whose cells are set apart by rules ("|", "—") and whose result cell may
carry the tally ("Carried, 41–12", "Fell 19-33") are one motion each, the first row too; a cell that only numbers
the row is not what it decides. Pages written for these tests in several styles (a party council delegate's
report, an NEC member's write-up, a union conference summary), with negatives; none is quoted from a real page
or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, W = Outcome.CARRIED, Outcome.DEFEATED, Outcome.WITHDRAWN


@pytest.mark.parametrize(
    ("page", "expected", "items", "tallies"),
    [
        # a party council delegate's report: a pipe table with a numbering column
        (
            "National council report\n\nNo. | Subject | Moved by | Result\n1 | School meals for all | Ann Lee | "
            "Carried\n2 | Bus franchising | Raj Patel | Carried, 41–12\n3 | Amendment to 2: exempt rural routes | "
            "Jo Bell | Fell, 19–33\n4 | Library hours | Tim Rice | Withdrawn",
            [C, C, D, W],
            ["School meals for all", "Bus franchising", "exempt rural routes", "Library hours"],
            [None, (41, 12), (19, 33), None],
        ),
        # an NEC write-up: cells set apart by dashes
        (
            "NEC report\n\nThe results:\n\nRule change — proposed by — decision\nClause 4, guest voting — Sarah Toll "
            "— Carried, 20–13\nClause 5, panels — Organisation Committee — Carried\nClause 7, quorums — Kwame Ash — "
            "Fell, 12–21",
            [C, C, D],
            ["Clause 4, guest voting", "Clause 5, panels", "Clause 7, quorums"],
            [(20, 13), None, (12, 21)],
        ),
        # a union conference summary: tallies without a comma
        (
            "Conference summary\n\nMotion 1 | Pay claim | Carried 120-31\nMotion 2 | Pensions | Lost 40-99",
            [C, D],
            ["Pay claim", "Pensions"],
            [(120, 31), (40, 99)],
        ),
    ],
)
def test_each_row_of_a_ruled_table_is_one_motion(
    page: str, expected: list[Outcome], items: list[str], tallies: list[tuple[int, int] | None]
) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == expected
    for motion, item, tally in zip(motions, items, tallies, strict=True):
        assert item in motion.summary
        assert (None if motion.vote is None else (motion.vote.for_, motion.vote.against)) == tally


def test_rows_without_a_result_column_are_no_motions() -> None:
    page = "Branch meeting\n\nWard | Members | Delegates\nAbbey | 120 | 3\nRiverside | 95 | 2"
    assert titled_page_motions(page) == []
