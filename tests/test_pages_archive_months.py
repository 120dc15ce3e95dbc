"""A blog's archive of months under a report, with or without a label, belongs to no report (round 10):

- three lines or more in a row, each a month with its year and nothing else (a count of posts at most), newest
  first ("January 2023" / "November 2022" / "September 2022", "March 2021 (4)" / "February 2021 (2)" / ...):
  the report above ends at them and their months are not its dates;
- negatives: months in the order of a year (a diary of meetings to come in minutes), two month lines alone, and
  lines that say more than a month stay the report's.
"""

from __future__ import annotations

import pytest

from nec_extract.page.segment.lines import lines_of
from nec_extract.page.segment.listings import archive_months
from nec_extract.pipeline import extract

REPORTS = {
    "nec": "NEC report – 24 January 2023\n\nThe NEC met at Southside. We agreed the budget and heard the general "
    "secretary's report; the committee voted to hold the next conference in Liverpool.\n\n",
    "union": "Branch executive – 12 March 2024\n\nThe executive met at Unity House. It agreed to ballot members over "
    "the pay offer and noted the treasurer's report.\n\n",
    "council": "Labour group meeting, 6 March 2023\n\nThe group met before full council. Councillors agreed the "
    "budget amendments and elected a new whip.\n\n",
}


@pytest.mark.parametrize(
    ("report", "archive"),
    [
        ("nec", "January 2023\nNovember 2022\nSeptember 2022\nJuly 2022\n"),
        ("union", "March 2024 (3)\nFebruary 2024 (1)\nDecember 2023 (2)\n"),
        ("council", "Archive\nMarch 2023\nFebruary 2023\nJanuary 2023\n"),
    ],
)
def test_an_archive_of_months_belongs_to_no_report(report: str, archive: str) -> None:
    page = REPORTS[report] + archive
    (found,) = extract(page, "test.txt").reports
    assert found.span.end <= len(REPORTS[report])
    assert all(mention.precision is None or mention.precision.value != "month" for mention in found.dates)


@pytest.mark.parametrize(
    "lines",
    [
        "January 2024\nMarch 2024\nMay 2024\n",  # a diary of meetings to come, in the year's order
        "January 2023\nNovember 2022\n",  # two lines only
        "January 2023 – budget set\nNovember 2022 – rules changed\nSeptember 2022 – conference\n",  # more said
    ],
)
def test_other_lines_of_months_are_no_archive(lines: str) -> None:
    page = REPORTS["union"] + "Meetings:\n" + lines
    assert not archive_months(list(lines_of(page)))
