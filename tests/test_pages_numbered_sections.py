"""A circular's or bulletin's numbered sections, two or more naming a meeting and its day ("2. INDUSTRIAL ACTION
COMMITTEE – 7 MARCH" / "3. NATIONAL EXECUTIVE – 14 MARCH"), each start a report, and the next section in the count that
names no meeting ("4. DIARY") ends the one above; one numbered meeting line alone is an item of minutes
(page/segment/numbered.py). Pages written here:
a union circular, a CLP bulletin, a council group's bulletin and minutes."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def reports(page: str) -> list[tuple[str | None, str | None]]:
    found = extract(page, "test.txt").reports
    return [(r.title, r.meeting_date.start if r.meeting_date else None) for r in found]


UNION_CIRCULAR = """CIRCULAR 9/2023 – TO ALL BRANCHES

1. BARGAINING UPDATE

Talks resume on 20 June. Please keep collecting pledges.

2. INDUSTRIAL ACTION COMMITTEE – 6 JUNE

The committee agreed to pay strike pay at full rate to members at Hartley Foods.

3. NATIONAL EXECUTIVE – 13 JUNE

The executive met in Leeds and agreed to ballot members in the water sector over the pay offer.

4. DIARY

Women's weekend – Saturday 8 July, Hebden Bridge
"""

CLP_BULLETIN = """Ashdown CLP members' bulletin
Sent on 14 October 2022

1. Executive Committee, 3 October

The EC met online and agreed to hold the AGM in the Miners' Welfare.

2. General Meeting, 10 October

Members carried a motion on the cost of living by 31 votes to 4.

3. Notices

Canvassing every Sunday from 11am at the library.
"""

COUNCIL_GROUP = """Group bulletin

1) GROUP MEETING – 4 MARCH

The group met and agreed its budget amendments, with two against.

2) FULL COUNCIL – 11 MARCH

Council approved the budget after the Liberal Democrat amendment fell by 30 votes to 22.
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            UNION_CIRCULAR,
            [
                ("2. INDUSTRIAL ACTION COMMITTEE – 6 JUNE", "2023-06-06"),
                ("3. NATIONAL EXECUTIVE – 13 JUNE", "2023-06-13"),
            ],
        ),
        (
            CLP_BULLETIN,
            [("1. Executive Committee, 3 October", "2022-10-03"), ("2. General Meeting, 10 October", "2022-10-10")],
        ),
        (COUNCIL_GROUP, [("1) GROUP MEETING – 4 MARCH", None), ("2) FULL COUNCIL – 11 MARCH", None)]),
    ],
)
def test_numbered_meeting_sections_start_reports(page: str, expected: list[tuple[str, str | None]]) -> None:
    assert reports(page) == expected


def test_the_next_numbered_section_ends_the_report_above() -> None:
    found = extract(UNION_CIRCULAR, "test.txt").reports
    assert "DIARY" not in UNION_CIRCULAR[found[-1].span.start : found[-1].span.end]
    assert "Notices" not in CLP_BULLETIN[slice(*_span(CLP_BULLETIN, -1))]


def _span(page: str, index: int) -> tuple[int, int]:
    report = extract(page, "test.txt").reports[index]
    return report.span.start, report.span.end


def test_one_numbered_meeting_line_in_minutes_is_an_item() -> None:
    page = (
        "Minutes of the Branch Committee held on 5 April 2024\n\n"
        "1. Apologies\n\nNone.\n\n"
        "2. REPORT FROM THE NATIONAL EXECUTIVE – 14 MARCH\n\n"
        "The branch secretary reported on the executive's decision to ballot members. The report was noted.\n\n"
        "3. Any other business\n\nThe committee agreed to buy a new banner.\n"
    )
    assert [title for title, _ in reports(page)] == ["Minutes of the Branch Committee held on 5 April 2024"]
