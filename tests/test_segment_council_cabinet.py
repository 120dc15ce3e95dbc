"""A council's cabinet is a body that meets like any committee: "Cabinet – 14 June 2023", "Report of the Cabinet
meeting", "Notes from Cabinet" head a report of its meeting, and the page is dated by them. A cabinet named in
passing ("the Shadow Cabinet reshuffle", "a Cabinet Office paper") heads nothing. Found by putting "Cabinet" for
"NEC" in the pages we read: about a fifth of their reports were lost. Pages written for these tests as a council's
minutes, a council group's news and a union branch's bulletin."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

_BODY = (
    "\n\nThe leader introduced the budget, which has been cut for the third year running.\n\n"
    "Members agreed the new parking scheme after a long debate.\n"
)


def _reports(page: str) -> list[tuple[str | None, str | None]]:
    return [
        (report.title, report.meeting_date.start if report.meeting_date else None) for report in extract(page).reports
    ]


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Cabinet – 14 June 2023", "2023-06-14"),
        ("Cabinet Report – 28 March 2023", "2023-03-28"),
        ("Minutes of the Cabinet meeting held on 9 February 2022", "2022-02-09"),
        ("Report from Cabinet, 3 October 2021", "2021-10-03"),
    ],
)
def test_a_cabinet_heading_with_its_day_heads_a_dated_report(title: str, day: str) -> None:
    assert _reports(f"{title}{_BODY}") == [(title, day)]


def test_a_cabinet_heading_in_a_series_starts_each_report() -> None:
    page = f"Cabinet Report – 14 January 2021{_BODY}\nCabinet Report – 21 January 2021{_BODY}"
    assert [day for _, day in _reports(page)] == ["2021-01-14", "2021-01-21"]


@pytest.mark.parametrize(
    "title",
    [
        "Shadow Cabinet reshuffle: who is in and who is out",
        "What the Cabinet Office paper means for councils",
    ],
)
def test_a_cabinet_named_in_passing_heads_no_dated_report(title: str) -> None:
    assert all(day is None for _, day in _reports(f"{title}\nPosted 16 March 2019\n\nA short piece on the news."))
