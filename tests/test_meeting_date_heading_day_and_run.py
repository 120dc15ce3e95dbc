"""Round 21, pages written here: a heading's day with no year takes it from a month and year alone on the line
under it ("Federal Board, 25 January – report by Mira Patel" / "January 2024"); the meeting's date read from a run
of days ("held on 24th and 25th November") keeps the run as its mention."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


@pytest.mark.parametrize(
    ("heading", "line", "day"),
    [
        ("Federal Board, 25 January – report by Mira Patel", "January 2024", "2024-01-25"),  # party board
        ("Branch executive – 9 June", "June 2021", "2021-06-09"),  # union branch
        ("Labour group meeting, 14th March", "(March 2023)", "2023-03-14"),  # council group
    ],
)
def test_a_headings_day_takes_the_year_of_the_month_below(heading: str, line: str, day: str) -> None:
    page = f"{heading}\n\n{line}\n\nThe meeting agreed its budget and heard the Chair's report.\n"
    found = extract(page, "t.txt").reports[0].meeting_date
    assert found is not None and found.start == day


def test_a_month_below_that_is_not_the_headings_leaves_no_day() -> None:
    page = "Branch executive – 9 June\n\nJuly 2021\n\nThe meeting agreed its budget and heard the Chair's report.\n"
    found = extract(page, "t.txt").reports[0].meeting_date
    assert found is None or found.start != "2021-06-09"


@pytest.mark.parametrize(
    ("page", "text", "start", "end"),
    [
        (
            "NEC away day\n\nPosted 28/11/2021\n\nThe NEC away day was held on 24th and 25th November at the "
            "party's offices.\n",
            "24th and 25th November",
            "2021-11-24",
            "2021-11-25",
        ),
        (
            "Regional board\n\nPublished 20 May 2022\n\nThe board met on 14 and 15 May in Leeds and agreed its plan.\n",
            "14 and 15 May",
            "2022-05-14",
            "2022-05-15",
        ),
    ],
)
def test_the_meetings_run_of_days_keeps_its_end(page: str, text: str, start: str, end: str) -> None:
    report = extract(page, "t.txt").reports[0]
    assert report.meeting_date is not None and report.meeting_date.start == start
    assert [(d.start, d.end) for d in report.dates if d.text == text] == [(start, end)]
