"""A minutes heading naming where the meeting was held before its day (issue 12, round 12): "MINUTES of the meeting of
the ENVIRONMENT COMMITTEE held in the Council Chamber, Market Street on Tuesday, 3 September 2024" is dated by that
day, though the place's name holds a body's word ("Council Chamber"). Pages written for these tests; none is quoted
from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _meeting_day(page: str) -> str | None:
    date = extract(page).reports[0].meeting_date
    return date.start if date else None


@pytest.mark.parametrize(
    "heading",
    [
        "MINUTES of the meeting of the ENVIRONMENT COMMITTEE held in the Council Chamber, Market Street, Ashby on "
        "Tuesday, 3 September 2024 at 7.00 pm",
        "Minutes of the meeting of the Branch Committee held at the Trades Council Club on 3 September 2024",
        "Notes of the Labour Group meeting held in Committee Room 2, County Hall on 3 September 2024",
        "Draft minutes of the Executive Board, held at Unity House, London on 3 September 2024",
    ],
)
def test_a_minutes_heading_with_the_place_before_the_day(heading: str) -> None:
    page = f"{heading}\n\nPRESENT: Councillors Ash, Birch and Cole.\n\nApologies were received from Cllr Dee.\n"
    assert _meeting_day(page) == "2024-09-03"


@pytest.mark.parametrize(
    ("title", "held"),
    [
        (
            "MINUTES OF THE MEETING OF THE COUNCIL",
            "held in the Council Chamber, Town Hall, Medbury on Wednesday, 3 September 2024 at 7.00 pm",
        ),
        (
            "Minutes of the Planning Committee",
            "Held at the Guildhall, Council Offices, Ashby on Tuesday 3 September 2024",
        ),
        ("NATIONAL EXECUTIVE COUNCIL – MINUTES", "held at Unity House, 12 Ash Street, London on 3 September 2024"),
    ],
)
def test_the_place_and_day_on_the_line_under_a_minutes_title(title: str, held: str) -> None:
    page = f"{title}\n{held}\n\nPRESENT: Councillors Ash, Birch and Cole.\n\nApologies were received from Cllr Dee.\n"
    assert _meeting_day(page) == "2024-09-03"
