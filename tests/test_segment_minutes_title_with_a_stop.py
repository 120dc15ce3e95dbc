"""A dated minutes title that ends in a full stop, as clerks often write it, still heads the report and dates its
meeting; a sentence about approving earlier minutes, with a finite verb or a decision word, heads nothing. Pages
written for these tests in the styles of parish, borough, union branch and CLP minutes."""

from __future__ import annotations

import pytest

from support import titles_and_first_meeting_day


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Minutes of the meeting held at the village hall on Monday 6 January 2025 at 7pm.", "2025-01-06"),  # parish
        ("Minutes of the branch committee meeting held on 4 March 2025 at the Unity Centre.", "2025-03-04"),  # union
        ("Minutes of the General Committee held on Thursday 12 June 2024.", "2024-06-12"),  # a CLP
        ("Draft minutes of the Executive, 3 April 2024.", "2024-04-03"),  # a borough council group
    ],
)
def test_a_dated_minutes_title_ending_in_a_stop_heads_the_report(title: str, day: str) -> None:
    page = f"{title}\n\nPresent: nine members.\n\nThe meeting agreed to support the campaign."
    assert titles_and_first_meeting_day(page) == ([title], day)


@pytest.mark.parametrize(
    "line",
    [
        "Minutes of the meeting held on 3 March 2025 were agreed as a true record.",
        "Minutes of the meeting held on 3 March 2025 agreed.",
        "Minutes of the meeting of 3 March 2025 signed as correct.",
        "Minutes of the meeting held on 3 March 2025 noted.",
    ],
)
def test_a_line_approving_earlier_minutes_heads_nothing(line: str) -> None:
    page = f"Branch meeting, 5 May 2025\n\n{line}\n\nThe branch agreed to back the strike."
    assert titles_and_first_meeting_day(page) == (["Branch meeting, 5 May 2025"], "2025-05-05")
