"""A single post's comment thread opens with a heading that names the post ('4 thoughts on "NEC report – 24 May
2022"', 'One response to "Exec report"'): below it the page holds comments only, and a commenter's line that
names a meeting ("NEC meeting 24 May – my thoughts") starts no report (round-22 pages bank, written here: a CLP
rep's WordPress post). Near-misses: a post's own footer count on an archive page ("2 comments") does not stop the
next post's heading, and a sentence about replies is body."""

from __future__ import annotations

import pytest

from nec_extract.page.segment.ends import labels_other_posts
from nec_extract.pipeline import extract


@pytest.mark.parametrize(
    "line",
    [
        '4 thoughts on "NEC report – 24 May 2022"',
        "One response to “Executive report, March”",
        "12 Comments on 'GC minutes'",
    ],
)
def test_a_comment_threads_heading_ends_the_article(line: str) -> None:
    assert labels_other_posts(line)


@pytest.mark.parametrize(
    "line", ["2 comments", "Three replies to the consultation were received.", "4 thoughts on the NEC"]
)
def test_a_footer_count_or_a_sentence_is_no_thread_heading(line: str) -> None:
    assert not labels_other_posts(line)


def test_a_commenters_line_naming_a_meeting_starts_no_report() -> None:
    page = (
        "NEC report – 24 May 2022\n\nThe NEC agreed the timetable for the National Policy Forum, which meets on 2 July."
        '\n\n4 thoughts on "NEC report – 24 May 2022"\n\nDilys Parr\n26 May 2022 at 10:14\n'
        "NEC meeting 24 May – my thoughts\nGood report, but the timetable is far too short.\n"
    )
    assert [r.title for r in extract(page, "test.txt").reports] == ["NEC report – 24 May 2022"]


def test_an_archive_posts_footer_count_still_lets_the_next_post_start() -> None:
    page = (
        "NEC report – 24 May 2022\n\nThe NEC agreed the NPF timetable.\n\n2 comments\n\n"
        "NEC report – 29 March 2022\n\nThe NEC agreed the selections timetable.\n"
    )
    assert [r.title for r in extract(page, "test.txt").reports] == [
        "NEC report – 24 May 2022",
        "NEC report – 29 March 2022",
    ]
