"""The words a report's meeting date was read from name the meeting's day as a date mention too: "last month" in
"The national executive voted last month to ...", read against the page's publication day for the meeting date,
is not counted again from the meeting ("last month" of the meeting's month); the other mentions are counted as
before. Pages written for these tests (round 18): a news report with a dateline, a union's circular, a CLP blog."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _dates(page: str) -> tuple[str | None, list[tuple[str, str | None]]]:
    report = extract(page, "test.txt").reports[0]
    meeting = report.meeting_date.start if report.meeting_date else None
    return meeting, [(m.text, m.start) for m in report.dates]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a news report: the dateline under the headline, the executive's vote last month
        (
            "Teachers' union executive backs ballot\nThursday 14 March 2019\n\nThe union's national executive voted "
            "last month to ask members whether they will strike over this year's pay award.\n",
            ("2019-02", [("Thursday 14 March 2019", "2019-03-14"), ("last month", "2019-02"), ("this year", "2019")]),
        ),
        # a union circular posted in May: the executive met last month, and "next month" counts from the meeting
        (
            "Executive Committee circular\nPosted 6 May 2024\n\nThe Executive Committee met last month and agreed the "
            "ballot, which opens next month.\n",
            ("2024-04", [("6 May 2024", "2024-05-06"), ("last month", "2024-04"), ("next month", "2024-05")]),
        ),
    ],
)
def test_the_meeting_dates_own_words_name_its_day(
    page: str, expected: tuple[str | None, list[tuple[str, str | None]]]
) -> None:
    assert _dates(page) == expected
