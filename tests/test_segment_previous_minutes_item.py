"""A heading for the approval of the previous meeting's minutes ("Minutes of the previous meeting", "Minutes of last
AGM") is an agenda item of the meeting in hand, not the title of another meeting: the report goes on under it and
keeps its own title and day. Pages written for these tests in the styles of council, union branch and CLP minutes."""

from __future__ import annotations

import pytest

from nec_extract.page.segment.headings import names_meeting
from support import titles_and_first_meeting_day


@pytest.mark.parametrize(
    "item",
    [
        "Minutes of the previous meeting",
        "Minutes of the last meeting and matters arising",
        "MINUTES OF THE PREVIOUS MEETING",
        "Minutes of last AGM",
        "Minutes from the preceding meeting",
    ],
)
def test_the_previous_minutes_item_heads_no_report(item: str) -> None:
    page = (
        "Rowanbank Branch – Minutes of the meeting of 14 May 2025\n\nPresent: twelve members.\n\n"
        f"{item}\nThese were agreed as a correct record.\n\nPay claim\nThe branch agreed to back the pay claim.\n"
    )
    assert not names_meeting(item)
    assert titles_and_first_meeting_day(page) == (
        ["Rowanbank Branch – Minutes of the meeting of 14 May 2025"],
        "2025-05-14",
    )


@pytest.mark.parametrize(
    "heading",
    [
        "Minutes of the Planning Committee meeting",  # a meeting's own minutes title
        "Minutes of the Special Council Meeting",
        "Minutes of the Executive meeting, 3 June 2025",
    ],
)
def test_a_minutes_title_of_its_own_meeting_still_names_it(heading: str) -> None:
    assert names_meeting(heading)
