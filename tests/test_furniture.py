"""Page furniture (page/segment/furniture.py): a post's metadata line is never a heading."""

from __future__ import annotations

import pytest

from nec_extract.page.segment.furniture import is_post_metadata


@pytest.mark.parametrize(
    "line",
    [
        "Council news – published 3 February 2021",
        "NEC report | Posted on 14/05/2018",
        "Group news - last updated 4 May 2020",
        "Branch bulletin · Published: 12 March 2019",
    ],
)
def test_a_title_that_ends_on_its_posting_stamp_is_metadata(line: str) -> None:
    assert is_post_metadata(line)


@pytest.mark.parametrize(
    "line",
    [
        # the author after a dash is part of a report's heading
        "NEC Report 28 March 2023 – by Cllr Jo Bloggs",
        # a headline that says a report was published
        "Report published 3 March 2021 shows a rise in members",
        # a dated heading
        "NEC report – 3 February 2021",
        # a stamp followed by more words
        "Council news – published 3 February 2021 with the agenda",
    ],
)
def test_other_lines_with_a_date_are_not_metadata(line: str) -> None:
    assert not is_post_metadata(line)
