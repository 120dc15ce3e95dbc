"""Dated meeting lines under a diary's label ("Upcoming meetings" / "NEC – 19 July 2022" / "Org Committee – 12 July
2022", "Dates for your diary:") are a diary of meetings to come, lines of the report above, never headings: two
such lines start no reports (round-22 pages bank, written here: a CLP rep's report page with a sidebar).
Near-miss: two stacked meeting headings over a body with no label above them are two meetings (the SPEC's
ruling)."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

_REPORT = (
    "NEC Report – 24 May 2022\n\nThe NEC met in person for the first time since the pandemic and agreed the"
    " arrangements for the National Policy Forum in July.\n\n"
)


def titles(page: str) -> list[str | None]:
    return [r.title for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize("label", ["Upcoming meetings", "Dates for your diary:", "FORTHCOMING MEETINGS"])
def test_dated_meetings_under_a_diary_label_start_no_reports(label: str) -> None:
    page = f"{_REPORT}{label}\nNEC – 19 July 2022\nOrg Committee – 12 July 2022\n\nShare: Twitter | Facebook\n"
    assert titles(page) == ["NEC Report – 24 May 2022"]


def test_two_stacked_meeting_headings_over_a_body_are_two_meetings() -> None:
    page = (
        "NEC – 19 July 2022\nOrg Committee – 12 July 2022\n\nThe Org Committee agreed the trigger ballot timetable,"
        " and the NEC endorsed it a week later without a vote.\n"
    )
    assert titles(page) == ["NEC – 19 July 2022", "Org Committee – 12 July 2022"]
