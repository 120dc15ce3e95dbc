"""A run of lines each opening with its result cell, then the item it settles ("Carried – M4", "LOST: Motion 7",
"Referred back | 13/8"): one motion per row, as when the result closes the row. Not rows: a lone line so led, a result
followed by a resolution's own text ("CARRIED – That this branch ..."), a result word in lower case opening prose,
and lines whose item runs on like a sentence. Pages written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.motions.layout.tables import row_item, table_result
from nec_extract.models import Outcome
from support import first_line, titled_page_motions


@pytest.mark.parametrize(
    ("page", "outcomes"),
    [
        # a union delegate's list of rule-change results, coded motions, a dash after the result
        (
            "Rules conference, day two\n\nWe got through a lot today.\n\nWithdrawn – 7/2\nLost – 7/3\n"
            "Carried – 9/1\nReferred back – 9/4\nCarried – the enabling motion\n",
            ["withdrawn", "defeated", "carried", "remitted", "carried"],
        ),
        # a council's record of motions, capital results and a colon
        (
            "Full Council, 4 March 2025: results\n\n"
            "CARRIED: Motion 3 (library hours)\nNOT CARRIED: Motion 4 (car parks)\n",
            ["carried", "defeated"],
        ),
        # a CLP secretary's note, cells drawn with bars
        (
            "GC meeting notes, June 2024\n\nAdopted | Housing motion\nFell | Rail motion\nNot moved | Energy motion\n",
            ["carried", "defeated", "withdrawn"],
        ),
    ],
)
def test_rows_led_by_their_result_are_one_motion_each(page: str, outcomes: list[str]) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == outcomes


def test_the_item_of_a_row_led_by_its_result_is_what_follows_it() -> None:
    assert row_item("Carried – 9/1") == "9/1"
    assert row_item("NOT CARRIED: Motion 4 (car parks)") == "Motion 4 (car parks)"


@pytest.mark.parametrize(
    "text",
    [
        # one line so led, no row beside it: the minute of one resolution, read elsewhere
        "CARRIED – Motion 3 on library hours\n\nThe meeting then heard from the treasurer about the accounts.\n",
        # a result followed by the resolution's own words is the resolution, not a table
        "CARRIED – That this branch backs the strike\nCARRIED – That this branch funds a coach\n",
        # lower-case results opening prose
        "carried – as we all expected, the motion went through\nlost – sadly the other one did not\n",
        # the item runs on like a sentence, not a cell
        "Agreed – we will meet again in the spring and ask the officers to draft a new plan for the year\n"
        "Agreed – the chair will write to the council about the state of the park and the lights\n",
    ],
)
def test_lines_that_are_no_rows_led_by_a_result(text: str) -> None:
    assert table_result(text, first_line(text)) is None


def test_a_row_led_by_a_result_reads_its_outcome() -> None:
    text = "Lost – 7/3\nCarried – 9/1\n"
    assert table_result(text, first_line(text)) is Outcome.DEFEATED
