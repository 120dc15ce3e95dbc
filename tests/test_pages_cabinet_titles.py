"""A council's cabinet is a meeting body like its committees (round 19): "Cabinet – 9 November 2022", "Council
Cabinet, 4 May 2021" and "Cabinet – 15 March 2022 – Decisions" title one meeting each, dated by their day, so the
minutes under them are read; a title that names no day of the cabinet ("Shadow Cabinet", a section of an NEC report)
is still none. Found twice this round: by a minutes probe bank, and by putting "Cabinet" for "NEC" in the pages we
read (24 of 124 reports lost). Pages written here in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract
from support import titled_page_motions, titles_and_first_meeting_day

BODY = (
    "47. Housing business plan\n\nThe Portfolio Holder presented the report and thanked the tenants' panel.\n\n"
    "RESOLVED: That the updated business plan be adopted."
)


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Cabinet – 9 November 2022", "2022-11-09"),
        ("Council Cabinet, 4 May 2021", "2021-05-04"),
        ("Cabinet – 15 March 2022 – Decisions", "2022-03-15"),
        ("Minutes of the Cabinet held on 2 February 2023", "2023-02-02"),
    ],
)
def test_a_cabinet_title_names_its_meeting(title: str, day: str) -> None:
    page = f"{title}\n\n{BODY}\n"
    assert titles_and_first_meeting_day(page) == ([title], day)
    assert len(titled_page_motions(page)) == 1


def test_a_shadow_cabinet_section_in_an_nec_report_is_no_title() -> None:
    page = (
        "NEC Report – 21 May 2024\n\nThe NEC agreed the timetable for selections.\n\nShadow Cabinet\n\n"
        "Keir gave an update on the work of the Shadow Cabinet since the elections.\n"
    )
    assert titles_and_first_meeting_day(page) == (["NEC Report – 21 May 2024"], "2024-05-21")


# written in the lead's branch the same round: more heading shapes, a series, and cabinets named in passing
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
