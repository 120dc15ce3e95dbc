"""Pages without a meeting heading: a write-up's source named with "from" ("Report from the meeting of 1 June",
"Notes from the meeting on ...") says the meeting took place; "From the very first meeting we raised ..." is a
span of meetings, which says no one meeting took place."""

from __future__ import annotations

import pytest

from nec_extract.page.segment.account import is_meeting_account
from nec_extract.pipeline import extract

TAIL = " The training plans were discussed briefly. Reports from the regions were heard."


@pytest.mark.parametrize(
    "opening",
    [
        "Report from the meeting of 01/06/2020.",
        "Notes from the meeting on 1 June 2020.",
        "A quick round-up from the executive meeting of 1 June 2020.",
    ],
)
def test_a_write_up_from_the_meeting_is_an_account(opening: str) -> None:
    page = f"By our representative on the NEC\n\n{opening}{TAIL}\n"
    reports = extract(page, "test.txt").reports
    assert [r.meeting_date.start if r.meeting_date else None for r in reports] == ["2020-06-01"]


@pytest.mark.parametrize(
    "opening",
    [
        "From the very first meeting we raised the review.",
        "Since the last meeting the branch has grown.",
    ],
)
def test_a_span_of_meetings_says_none_took_place(opening: str) -> None:
    page = f"{opening} The campaign was discussed.\n"
    assert not is_meeting_account(page, 0, len(page))


@pytest.mark.parametrize(
    "opening",
    [
        "Here is my report of the GC meeting on 16 June 2013.",
        "Below is my summary of the executive meeting on 16 June 2013.",
        "Here's a quick report from the branch meeting on 16 June 2013.",
    ],
)
def test_a_write_up_introduced_with_is_is_an_account(opening: str) -> None:
    page = f"By our representative\n\n{opening}{TAIL}\n"
    reports = extract(page, "test.txt").reports
    assert [r.meeting_date.start if r.meeting_date else None for r in reports] == ["2013-06-16"]


@pytest.mark.parametrize(
    "opening",
    [
        "Here is the agenda for the executive meeting on 16 June 2013. It will be a long one.",
        "Below is the notice of the branch meeting on 16 June 2013. All members are welcome.",
    ],
)
def test_an_agenda_or_notice_introduced_with_is_is_no_account(opening: str) -> None:
    assert extract(f"By our representative\n\n{opening}\n", "test.txt").reports == []
