"""Text taken from a printed page (a branch bulletin or an executive's report as a PDF) carries its running heads
and feet between the report's lines (round-22 pages bank, written here: a union branch bulletin, a union
executive report on a document site). Like a footer, they are no part of the report: their dates are no mentions.
A running head is a short line set wide apart from its page number ("Branch Bulletin – February 2019      2"), or
a line set wide under a page's number ("- 2 -" / "EC Report March 2019         Region 6"). Near-misses: a line
of the report with its date, and a table's row whose last cell is a count, not set wide, are read."""

from __future__ import annotations

from nec_extract.pipeline import extract

_HEAD = "NEC REPORT, 12 FEBRUARY 2019\nDelia Fortune, regional NEC member\n\n"


def dates(text: str) -> list[str]:
    return [d.text for d in extract(_HEAD + text, "test.txt").reports[0].dates][1:]


def test_a_running_foot_with_its_page_number_is_no_mention() -> None:
    text = (
        "The General Secretary reported that membership stood at\n1,284,000 at the end of January, up since the\n\n"
        "Eastmoor Health Branch Bulletin – February 2019                  2\n\n"
        "NEC last met in December. The motion was carried.\n"
    )
    assert dates(text) == ["January", "December"]


def test_a_running_head_under_a_page_number_is_no_mention() -> None:
    text = (
        "The EC agreed to levy every branch for the strike fund\nuntil the end of June.\n"
        "                         - 2 -\nEC Report March 2019                          Region 6\n\n"
        "The rules conference will be held on 13/14 July.\n"
    )
    assert dates(text) == ["June", "13/14 July"]


def test_lines_of_the_report_and_a_tables_row_are_read() -> None:
    text = (
        "Next NEC: Wednesday 17 April 2019\n"
        "Delegates elected in March 2019: 12\n"
        "The conference runs from 18 to 21 June.\n"
    )
    assert dates(text) == ["Wednesday 17 April 2019", "March 2019", "18 to 21 June"]
