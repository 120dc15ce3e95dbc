"""A date without a year that an item was moved from ("rescheduled from 2 October", "postponed from the hearing in
March") lies behind the meeting, whatever the clause's tense; so does the month a body was set up or formed in ("the
working group set up in November will now report in June"), as with other decisions' participles
(language/dates/tense.py). Near-misses: a move's first end with its second after it ("moved from 12 May to 19 May"),
and "set up" or "form" after a modal or "to", which tell of what is to be done."""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from support import report_context


def starts(text: str, meeting: str) -> list[str | None]:
    return [m.start for m in extract_dates(report_context(text, meeting=meeting, parse=False))]


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # union branch minutes
        (
            "The disciplinary appeal, postponed from the hearing in March, will now be heard by a new panel.",
            "2025-01-15",
            ["2024-03"],
        ),
        # council minutes
        (
            "The joint meeting with the county council, rescheduled from 2 October, has still not taken place.",
            "2025-01-15",
            ["2024-10-02"],
        ),
        # news report
        (
            "The application, deferred from the committee meeting in April, is expected to be approved, officers say.",
            "2024-02-20",
            ["2023-04"],
        ),
        # NEC write-up
        (
            "The away day, put back from the date in June, will be held at the TUC.",
            "2023-09-26",
            ["2023-06"],
        ),
    ],
)
def test_what_an_item_was_moved_from_lies_behind(sentence: str, meeting: str, expected: list[str]) -> None:
    assert starts(sentence, meeting) == expected


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # council minutes
        (
            "The working group set up in November to review lone working will report in June.",
            "2025-01-15",
            ["2024-11", "2025-06"],
        ),
        # NEC write-up
        (
            "The review panel formed in December will now report to the NEC in March.",
            "2024-01-23",
            ["2023-12", "2024-03"],
        ),
        # union newsletter
        (
            "The Young Members' Network, established in October, will hold its first conference.",
            "2022-09-14",
            ["2021-10"],
        ),
        # news report
        ("A task force convened in May is to report back, the council said.", "2021-03-02", ["2020-05"]),
    ],
)
def test_the_month_a_body_was_set_up_in_lies_behind(sentence: str, meeting: str, expected: list[str]) -> None:
    assert starts(sentence, meeting) == expected


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # both ends of a move lie where the move puts them
        ("The AGM has been moved from 12 May to 19 May.", "2024-03-05", ["2024-05-12", "2024-05-19"]),
        # what is to be set up lies ahead
        ("The executive will now set up a working group in May.", "2024-09-10", ["2025-05"]),
        ("The council agreed to form a scrutiny panel in June.", "2023-10-03", ["2024-06"]),
        # a move's "to", not "from"
        ("The hearing was postponed to March.", "2025-01-15", ["2025-03"]),
    ],
)
def test_near_misses_keep_their_side(sentence: str, meeting: str, expected: list[str]) -> None:
    assert starts(sentence, meeting) == expected
