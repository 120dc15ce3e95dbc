"""A table of decisions whose result cell is set apart by a cell's own mark rather than a capital ("M1 (Bus fares):
support; carried", "M1 | Bus fares | Support | carried"), whose result is a two-word cell ("Not carried", "Referred
back") or a word tables use for it ("Won", "Falls", "Adopted"), or whose result carries a note after a dash or a
reason ("Falls – M2 lost", "fell as M2 was defeated", "fell, M1 having passed"): one motion per row. Not rows: a
line of prose ending in a lower-case result with no cell mark before it, and a lone line with no row beside it.
Pages written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.motions.layout.tables import table_result
from nec_extract.models import Outcome
from support import first_line, titled_page_motions


@pytest.mark.parametrize(
    ("page", "outcomes"),
    [
        # a union branch's conference report, cells drawn with bars, results in the words tables use
        (
            "Branch report on conference 2024\n\nMotion | Subject | Mandate | Result\n"
            "M1 | Bus fares | Support | Won\nM2 | Depot closures | Oppose | Not carried\n"
            "M3 | Depot campaign – needs M2 | n/a | Falls – M2 lost\nM4 | Cycle lanes | Support | Referred back\n",
            ["carried", "defeated", "defeated", "remitted"],
        ),
        # a delegate's notes, cells set apart by semicolons, results in lower case
        (
            "Delegate's notes from congress\n\nC1 (Pay claim): mandate support; branch supported; carried\n"
            "C2 (Pension age): mandate oppose; branch opposed; defeated\n"
            "C3 (Pension campaign): n/a; fell as C2 was defeated\nC4 (Office move): oppose; withdrawn by the movers\n",
            ["carried", "defeated", "defeated", "withdrawn"],
        ),
        # a CLP's record of its own motions to conference, a note after the result
        (
            "CLP conference motions 2023\n\n1. Housing | Adopted\n2. Rail | Fell, motion 1 having passed\n"
            "3. Energy | Not moved\n",
            ["carried", "defeated", "withdrawn"],
        ),
    ],
)
def test_rows_with_marked_or_noted_result_cells_are_one_motion_each(page: str, outcomes: list[str]) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == outcomes


@pytest.mark.parametrize(
    "text",
    [
        # a lower-case result after plain spaces ends a sentence, not a cell
        "We went through the rota again and it was agreed\nThen the chair thanked everyone and the motion carried\n",
        # a result inside the line, not at its end
        "C1 (Pay claim): carried; see the note below about it\nC2 (Pension age): defeated; see the note too\n",
    ],
)
def test_lines_of_prose_are_no_rows(text: str) -> None:
    assert table_result(text, first_line(text)) is None


def test_a_marked_row_still_needs_a_row_beside_it() -> None:
    text = "C1 (Pay claim): mandate support; branch supported; carried\n\nThe meeting closed at nine.\n"
    assert table_result(text, first_line(text)) is None
    both = "C1 (Pay claim): support; carried\nC2 (Pension age): oppose; lost\n"
    assert table_result(both, first_line(both)) is Outcome.CARRIED
