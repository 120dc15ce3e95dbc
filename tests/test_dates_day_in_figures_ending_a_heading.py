"""A day and month in figures with no year that ends a short line naming a meeting ("Scottish Executive Committee
21/5", "Branch meeting: 3/4") is a date mention, its year from the page (round-22 pages bank, written here: an SEC
rep's blog post stamped 26/05/2022). Near-misses: a share or a score ("a 2/3 majority", "carried 21/5") and
figures inside a sentence are not days."""

from __future__ import annotations

import pytest

from nec_extract.language.dates import find_candidates
from nec_extract.pipeline import extract


def days(page: str) -> list[str]:
    return [c.text for c in find_candidates(page, 0, len(page), []) if "/" in c.text]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Posted 26/05/2022\n\nScottish Executive Committee 21/5\n\nA short meeting.\n", ["26/05/2022", "21/5"]),
        ("Northgate branch\n\nBranch meeting: 3/4\n\nWe met in the library.\n", ["3/4"]),
        ("Exec notes\n\nRegional Council – 14/11\nThe council met online.\n", ["14/11"]),
    ],
)
def test_a_day_in_figures_ending_a_meetings_heading_is_a_day(page: str, expected: list[str]) -> None:
    assert days(page) == expected


@pytest.mark.parametrize(
    "page",
    [
        "Report\n\nThe motion needed a 2/3 majority of the committee.\n",
        "Report\n\nThe amendment was carried 21/5 at the meeting.\n",
        "Report\n\nExecutive Committee 2/3 majority needed\n",
    ],
)
def test_a_share_or_a_score_is_no_day(page: str) -> None:
    assert days(page) == []


def test_such_a_heading_heads_the_report_and_dates_its_meeting() -> None:
    page = (
        "Posted by Kirsty Ahenkorah, 26/05/2022\n\nScottish Executive Committee 21/5\n\nA short meeting. The SEC"
        " received the report on the council elections on 5 May and agreed a timetable for selections.\n"
    )
    report = extract(page, "test.txt").reports[0]
    assert report.title == "Scottish Executive Committee 21/5"
    assert report.meeting_date is not None and report.meeting_date.start == "2022-05-21"


def test_a_score_line_is_no_heading() -> None:
    page = (
        "Posted 26/05/2022\n\nBranch report\n\nThe branch met on 5 May and agreed the budget.\n\nVotes cast 21/5\n\n"
        "The chair thanked members.\n"
    )
    assert [r.title for r in extract(page, "test.txt").reports] == ["Branch report"]
