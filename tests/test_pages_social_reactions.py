"""The bar of counts under a social post ends its report (round 10): the comments below it, with their own
dates, belong to no report.

- "👍 46   💬 9 comments   ↗ 3 shares" (a CLP's page), "12 likes · 4 comments · 2 shares" (a branch's page),
  "❤️ 1.2K likes  💬 87 comments" (a councillor's page), "👍 31  🔁 12 reposts  💬 5 replies" (an NEC member's
  thread);
- negatives: a sentence that counts likes ("The post got 12 likes on Facebook"), a tally ("Carried 12 votes"),
  a label with a figure ("Likes: 12") and one count with no icon before it ("12 likes") end nothing.
"""

from __future__ import annotations

import pytest

from nec_extract.page.segment.ends import counts_reactions, ends_report
from nec_extract.pipeline import extract

POST = (
    "Northtown Labour\n2 February 2023 at 21:14\n\n"
    "Great turnout at the general committee on Thursday 2 February. Delegates voted to support the nurses' "
    "strike and agreed the campaign plan. Thanks to everyone who came.\n\n"
)
COMMENTS = (
    "Tom Hale\nGreat meeting, well chaired.\n3 February 2023 · Like · Reply\n\nPriti Shah\nI was there on 14 January.\n"
)


@pytest.mark.parametrize(
    "bar",
    [
        "👍 46   💬 9 comments   ↗ 3 shares",
        "12 likes · 4 comments · 2 shares",
        "❤️ 1.2K likes  💬 87 comments",
        "👍 31  🔁 12 reposts  💬 5 replies",
    ],
)
def test_a_bar_of_reaction_counts_ends_the_post(bar: str) -> None:
    assert counts_reactions(bar) and ends_report(bar)
    page = POST + bar + "\n\n" + COMMENTS
    (report,) = extract(page, "test.txt").reports
    assert report.span.end <= page.index(bar)
    assert [mention.start for mention in report.dates] == ["2023-02-02"]


@pytest.mark.parametrize(
    "line",
    ["The post got 12 likes on Facebook", "Carried 12 votes", "Likes: 12", "12 likes", "Motion 3 shares the aims"],
)
def test_lines_that_are_no_bar_of_counts(line: str) -> None:
    assert not counts_reactions(line)
