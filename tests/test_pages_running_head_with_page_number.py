"""Minutes taken from a PDF carry the page's running head or foot between their lines (round 29): the minutes' own
name with the page's number ("ATLU NEC minutes    Page 2 of 4    CONFIDENTIAL", "Castlegate TUC minutes – October –
p.2"). Such a line names the meeting, but starts no second report. Written for these tests in union, council, CLP
and NEC voices; near-misses: a line of the page's number alone above the next report's heading, and a second
heading with no page number, still start a report."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def titles(text: str) -> list[str | None]:
    return [r.title for r in extract(text, "page.txt").reports]


RUNNING_HEADS = [
    (
        "Minutes of the National Executive Committee held on Wednesday 15 October 2025\n\n"
        "1. Minutes of the previous meeting were approved.\n2. The pay motion was carried 9-1.\n\n"
        "ATLU NEC minutes                               Page 2 of 4                 CONFIDENTIAL\n\n"
        "3. The rail motion was remitted to the sub-committee.\n"
    ),
    (
        "Minutes of the meeting of the Council held on Thursday 25 September 2025\n\n"
        "33. The minutes of the last meeting were confirmed.\n\n"
        "Borough Council meeting – 25 September 2025 – page 3\n"
        "36. The motion on bus services was carried on a show of hands.\n"
    ),
    (
        "General Committee minutes – Tuesday 11 November 2025\n\n"
        "5a. The winter fuel motion was carried, 27 for, 6 against.\n\n"
        "Fellside CLP GC minutes, November – p.2\n\n"
        "5b. The Palestine motion was carried as amended.\n"
    ),
    (
        "Castlegate Trades Union Council – minutes of the monthly meeting, Wednesday 8 October 2025\n\n"
        "3. The motion on the bin strike was carried unanimously.\n\n"
        "Castlegate TUC minutes – October meeting – p. 2\n\n"
        "5. The motion on affiliation fees was lost, 7 votes to 12.\n"
    ),
]


@pytest.mark.parametrize("text", RUNNING_HEADS)
def test_a_running_head_with_the_page_number_starts_no_report(text: str) -> None:
    found = extract(text, "page.txt").reports
    assert len(found) == 1
    assert len(found[0].motions) >= 2  # the decisions below the running head stay in the one report


def test_a_page_number_alone_leaves_the_next_reports_heading() -> None:
    text = (
        "NEC Report – 14 March 2025\n\nThe NEC agreed the budget.\n\nPage 1 of 2\n\n"
        "NEC Report – 20 May 2025\n\nThe NEC agreed the timetable.\n"
    )
    assert titles(text) == ["NEC Report – 14 March 2025", "NEC Report – 20 May 2025"]


def test_two_headings_without_page_numbers_are_two_reports() -> None:
    text = (
        "Minutes of the Regional Committee held on 8 November 2025\n\nThe minutes were agreed.\n\n"
        "Minutes of the Regional Council held on 22 November 2025\n\nThe motion on pay was carried.\n"
    )
    assert len(titles(text)) == 2
