"""A council's cabinet is a meeting body like its committees (round 19): "Cabinet – 9 November 2022", "Council
Cabinet, 4 May 2021" and "Cabinet – 15 March 2022 – Decisions" title one meeting each, dated by their day, so the
minutes under them are read; a title that names no day of the cabinet ("Shadow Cabinet", a section of an NEC report)
is still none. Pages written here in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

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
