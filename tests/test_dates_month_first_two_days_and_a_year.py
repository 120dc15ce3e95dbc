"""Two days of one month written month first with the year after the last ("March 26th and 27th, 2024", "June 8
and 9, 2019", "March 26th & 27th 2024") are one mention spanning them (SPEC ruling: coordinated parts that share a
month or year), and a heading so dated gives its meeting the first day. Two separate times stay apart ("March 5
and 2024 was ..."). Pages written for these tests as a US party's committee minutes and an NEC blog."""

from __future__ import annotations

import pytest

from nec_extract.language.dates import find_candidates
from nec_extract.pipeline import extract


@pytest.mark.parametrize(
    "text",
    ["NEC Report – March 26th and 27th, 2024", "Conference, June 8 and 9, 2019", "Board, March 26th & 27th 2024"],
)
def test_two_days_of_a_month_written_first_are_one_range(text: str) -> None:
    found = find_candidates(text, 0, len(text), [])
    assert [c.kind for c in found] == ["range"]


@pytest.mark.parametrize(
    ("heading", "first", "last"),
    [
        ("NEC Report – March 26th and 27th, 2024", "2024-03-26", "2024-03-27"),
        ("National Committee, June 8 and 9, 2019", "2019-06-08", "2019-06-09"),
    ],
)
def test_a_heading_so_dated_gives_the_first_day(heading: str, first: str, last: str) -> None:
    report = extract(f"{heading}\n\nThe meeting opened with apologies.\n\nThe committee agreed it.\n").reports[0]
    assert report.meeting_date is not None and report.meeting_date.start == first
    assert [(d.start, d.end) for d in report.dates] == [(first, last)]


def test_a_day_and_another_year_stay_apart() -> None:
    text = "The vote on March 5 and 2024 as a whole were hard."
    assert [c.kind for c in find_candidates(text, 0, len(text), [])] != ["range"]
