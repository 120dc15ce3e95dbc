"""After the past perfect, a date that names the time something had been booked or arranged for ("had already
booked for the weekend of 11 March", "had arranged cover for the week commencing 4 May") is not told in the past:
it takes the year nearest the meeting (language/dates/tense.py), on sentences written here in several styles.
Negatives: a date the past perfect tells of ("had asked for help in November", "had booked the hall on 3
January for the social", "had paid for the printing in March") stays behind the meeting.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from support import report_context


def starts(text: str, meeting: str) -> list[str | None]:
    return [m.start for m in extract_dates(report_context(text, meeting=meeting, parse=False))]


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # NEC write-up
        (
            "Members who had already booked for the weekend of 11 March would be left out of pocket.",
            "2017-01-24",
            ["2017-03-11"],
        ),
        # union branch minutes
        (
            "The branch had arranged cover for the week commencing 4 May, the secretary said.",
            "2023-03-08",
            ["2023-05-04"],
        ),
        # council minutes
        (
            "Officers had reserved the chamber for the evening of 12 April for the hustings.",
            "2024-02-20",
            ["2024-04-12"],
        ),
        # CLP minutes
        ("We had hired the coach for the day of 2 June and will ask for a deposit.", "2022-04-06", ["2022-06-02"]),
    ],
)
def test_a_time_booked_for_after_the_past_perfect_is_not_in_the_past(
    sentence: str, meeting: str, expected: list[str]
) -> None:
    assert starts(sentence, meeting) == expected


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        ("The branch had asked for help in November and none came.", "2023-10-04", ["2022-11"]),
        ("The secretary had booked the hall on 3 January for the social.", "2022-12-07", ["2022-01-03"]),
        ("The group had paid for the printing in March, the treasurer said.", "2023-02-15", ["2022-03"]),
    ],
)
def test_a_date_the_past_perfect_tells_of_stays_behind(sentence: str, meeting: str, expected: list[str]) -> None:
    assert starts(sentence, meeting) == expected
