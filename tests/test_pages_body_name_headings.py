"""Undated headings naming only a body ("Youth Committee", "Budget council"), each over a paragraph that opens by
saying the body met on a day, each start a report, unless inside a dated report (its sections); a body's name over
anything else heads none (page/segment/body_headings.py). Pages written here: an equality forums round-up, a council
group's news, an NEC report with a committee's section, a Welsh rep's e-mail."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def reports(page: str) -> list[tuple[str | None, str | None]]:
    found = extract(page, "test.txt").reports
    return [(r.title, r.meeting_date.start if r.meeting_date else None) for r in found]


FORUMS = """Equality forums round-up
Posted on 20 November 2022

Women's Forum

We met on Zoom on Sunday 6 November. The forum agreed to ask the region for a menopause policy.

Youth Committee

The committee met in Leeds on Saturday 12 November and agreed to run a stall at freshers' fair.
"""

SUB_COMMITTEES = """Labour group news
Issue 9 | Posted 11 March 2024

Group meeting

The group met on Monday 4 March to settle its budget amendments, which it agreed by 28 votes to 2.

Budget council

Full council met on Thursday 7 March and approved the budget after a four-hour debate.
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (FORUMS, [("Women's Forum", "2022-11-06"), ("Youth Committee", "2022-11-12")]),
        (SUB_COMMITTEES, [("Group meeting", "2024-03-04"), ("Budget council", "2024-03-07")]),
    ],
)
def test_a_bodys_name_over_the_day_it_met_starts_a_report(page: str, expected: list[tuple[str, str]]) -> None:
    assert reports(page)[-2:] == expected


def test_a_bodys_name_inside_a_dated_report_is_a_section() -> None:
    page = (
        "NEC report – 26 March 2024\n\n"
        "The NEC met at Southside and agreed the general election campaign plan.\n\n"
        "Organisation Committee\n\n"
        "The committee met on 19 March and agreed to lift special measures in two CLPs.\n"
    )
    assert [title for title, _ in reports(page)] == ["NEC report – 26 March 2024"]


def test_a_bodys_name_over_no_meeting_heads_nothing() -> None:
    page = (
        "Regional Board\n\n"
        "We met in Cardiff on 20 January 2025 and agreed to consult CLPs on the draft rules.\n\n"
        "Welsh Policy Forum\n\n"
        "The forum is still waiting for a date for its first meeting.\n"
    )
    assert [title for title, _ in reports(page)] == ["Regional Board"]


def test_a_byline_naming_the_writers_body_is_no_heading() -> None:
    # near-miss: a byline over the account's first sentence, which says the body met on a day
    page = (
        "By Sam Ode, CLP rep on the Regional Board\n\n"
        "The board met on 14 May 2024 in Leeds and agreed the selection timetable for the mayoral election.\n"
    )
    assert [title for title, _ in reports(page)] == [None]
