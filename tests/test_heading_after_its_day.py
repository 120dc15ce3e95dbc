"""A heading written after its day and a separator ("14 March 2021 | NEC Report", "3/5/2022 / Branch minutes") is a
heading that dates its meeting, not a blog post's dateline with its category (page/segment/furniture.py,
page/dateline.py, page/segment/lines.py). Negatives: a post's date with a category, an author or a section
after it stays page furniture."""

from __future__ import annotations

import pytest

from nec_extract.page.dateline import is_dateline
from nec_extract.page.segment.furniture import is_post_metadata
from nec_extract.pipeline import extract

BODY = "The committee met and heard reports from the officers. Members discussed the budget at length."


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("14 March 2021 | NEC Report", "2021-03-14"),
        ("Tuesday 9 May 2023 | Regional Board summary", "2023-05-09"),
        ("03/05/2022 / Branch Executive minutes", "2022-05-03"),
        ("12.10.2019 · Council Labour Group meeting", "2019-10-12"),
        ("June 4, 2020 | Lib Dem Federal Board report", "2020-06-04"),
    ],
)
def test_a_heading_after_its_day_dates_the_meeting(heading: str, expected: str) -> None:
    reports = extract(f"{heading}\n\n{BODY}\n", "test.txt").reports
    assert [(r.title, r.meeting_date.start if r.meeting_date else None) for r in reports] == [(heading, expected)]


@pytest.mark.parametrize(
    "line",
    [
        "Saturday 14th December 2019 | News",
        "14 March 2021 | Uncategorized",
        "3 May 2022 / Jo Bloggs",
        "June 4, 2020 · 3 min read",
    ],
)
def test_a_posts_date_with_its_category_or_author_stays_furniture(line: str) -> None:
    assert is_post_metadata(line) and is_dateline(line)
