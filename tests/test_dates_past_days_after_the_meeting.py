"""A day told in the past lies before the report was written, not only before the meeting: it may fall in the days
after the meeting in which its report is written or updated ("UPDATE: the NEC has confirmed it on 26 March", of a
meeting on the 23rd; language/dates/years.py). Sentences written here in several styles, with past days further
after the meeting that stay in the year before."""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from support import report_context


def starts(text: str, meeting: str) -> list[str | None]:
    return [m.start for m in extract_dates(report_context(text, meeting=meeting, parse=False))]


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # blog write-up's update
        (
            "UPDATE: the national executive has since endorsed the plan at its meeting on 26 March.",
            "2024-03-23",
            "2024-03-26",
        ),
        # union minutes' note added after them
        (
            "Since these minutes were drafted, the executive confirmed the cuts on 9th October.",
            "2022-10-01",
            "2022-10-09",
        ),
        # news report
        ("The strike was called off on 30 March, the union said.", "2024-03-23", "2024-03-30"),
        # council minutes' addendum
        ("Addendum: the committee had approved the revised terms on 4 December.", "2023-11-28", "2023-12-04"),
    ],
)
def test_a_day_told_in_the_past_may_fall_just_after_the_meeting(sentence: str, meeting: str, expected: str) -> None:
    assert starts(sentence, meeting) == [expected]


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # more than the days a report is written in: the year before
        ("The earlier ballot closed on 30 April.", "2024-03-23", "2023-04-30"),
        ("Nominations had closed on 20 June, the secretary said.", "2022-05-12", "2021-06-20"),
        # a month told in the past is no day: the month after the meeting stays in the year before
        ("The earlier ballot had closed in April.", "2024-03-23", "2023-04"),
    ],
)
def test_a_past_day_well_after_the_meeting_stays_behind(sentence: str, meeting: str, expected: str) -> None:
    assert starts(sentence, meeting) == [expected]
