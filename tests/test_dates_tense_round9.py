"""Which side of the meeting a yearless date lies (language/dates/tense.py), on sentences written here in several
styles:

- what is paid or applied back to a date lies behind the meeting, whatever the clause's tense ("the award would be
  backdated to April", "back-dated to 1 April", "paid retrospectively from April");
- after the past perfect, a date that belongs to an action put ahead by an infinitive ("had decided not to
  recommend it and to hold a ballot in January", "had two motions to consider for the council on 15 February") is
  not told in the past: it takes the year nearest the meeting.
Negatives: a date the past perfect tells of ("had cut its staff from 400 in April"), and an infinitive with no
date of its own after it.
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
        # NEC write-up, a plan in the conditional
        ("The pay award for staff would be backdated to April, as we had pressed.", "2025-11-25", ["2025-04"]),
        # union branch minutes
        ("The claim is for a 9% rise, back-dated to 1st April.", "2022-10-05", ["2022-04-01"]),
        # council minutes
        ("The new allowance will be paid retrospectively from May.", "2023-11-14", ["2023-05"]),
        # news
        ("Staff will get the rise with arrears from January, the council said.", "2024-06-20", ["2024-01"]),
    ],
)
def test_what_reaches_back_to_a_date_lies_behind(sentence: str, meeting: str, expected: list[str]) -> None:
    assert starts(sentence, meeting) == expected


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # union branch minutes
        (
            "The group executive had already decided not to recommend the offer and to hold a ballot in January.",
            "2024-12-03",
            ["2025-01"],
        ),
        # CLP minutes
        ("We had two motions to consider for the regional council on 15 February.", "2024-12-03", ["2025-02-15"]),
        # NEC write-up
        ("The committee had agreed a timetable to open nominations in March.", "2023-01-24", ["2023-03"]),
        # council minutes
        ("Officers had been asked to report back on the scheme in January.", "2022-11-30", ["2023-01"]),
    ],
)
def test_an_infinitives_date_after_the_past_perfect_is_not_in_the_past(
    sentence: str, meeting: str, expected: list[str]
) -> None:
    assert starts(sentence, meeting) == expected


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        ("The employer had cut its staff from 400 in April.", "2023-03-12", ["2022-04"]),
        ("The region had written to the branch in November to complain.", "2023-10-04", ["2022-11"]),
        ("The region had paid the rise back in April.", "2023-03-12", ["2022-04"]),
    ],
)
def test_dates_the_past_tells_of_stay_behind(sentence: str, meeting: str, expected: list[str]) -> None:
    assert starts(sentence, meeting) == expected
