"""A clause's tense puts a date without a year on one side of the meeting (language/dates/tense.py), but not a date
that names the event an item is moved to, its object between ("to defer the question to the conference in June":
ahead), nor the event something had been asked or booked for ("had asked for delegates to the conference in July":
the nearest). Sentences written here in several styles, with near-misses that keep the clause's tense."""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from support import report_context


def starts(text: str, meeting: str) -> list[str | None]:
    return [m.start for m in extract_dates(report_context(text, meeting=meeting, parse=False))]


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # NEC write-up: the nearer May is the one before an October meeting
        (
            "An amendment to postpone the rule change to the annual conference in May fell by a wide margin.",
            "2024-10-09",
            "2025-05",
        ),
        # union branch minutes
        (
            "Motion 4, deferring the pensions question to the members' meeting in February, fell.",
            "2023-07-10",
            "2024-02",
        ),
        # council minutes
        (
            "A request to adjourn consideration of the scheme to the council meeting in January was not supported.",
            "2022-06-14",
            "2023-01",
        ),
        # news report
        (
            "A bid by the left to put off the ballot to a special conference in April was voted down, sources said.",
            "2021-09-01",
            "2022-04",
        ),
    ],
)
def test_the_event_an_item_is_moved_to_lies_ahead(sentence: str, meeting: str, expected: str) -> None:
    assert starts(sentence, meeting) == [expected]


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # union newsletter
        (
            "The regional office had asked us for nominations for the policy forum in September.",
            "2024-06-05",
            "2024-09",
        ),
        # NEC write-up
        ("Staff had booked the hall for the special conference in August.", "2019-05-21", "2019-08"),
        # news report
        ("The union had nominated two candidates for the elections in May, the paper said.", "2021-01-20", "2021-05"),
        # council minutes
        (
            "The clerk reported that the board had sought volunteers to staff stalls for the summer festival in July.",
            "2023-05-16",
            "2023-07",
        ),
    ],
)
def test_the_event_something_had_been_asked_for_is_the_nearest(sentence: str, meeting: str, expected: str) -> None:
    assert starts(sentence, meeting) == [expected]


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # the past perfect of what was done, not of what it was for
        ("The branch had written to the minister in April.", "2024-02-10", "2023-04"),
        ("The NEC had cut its staff from 400 in April.", "2024-02-10", "2023-04"),
        ("Delegates had gone to the conference in September and reported back.", "2024-05-10", "2023-09"),
        # moved from an event, not to one
        ("The motion was sent to the conference in June, where it fell.", "2024-10-01", "2024-06"),
    ],
)
def test_near_misses_keep_the_clauses_tense(sentence: str, meeting: str, expected: str) -> None:
    assert starts(sentence, meeting) == [expected]
