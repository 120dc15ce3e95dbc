"""A list of dated links, one at least naming no meeting, heads no report (round 10):

- above a page's report, a site's "Latest news" ("Pay ballot opens – 20 February 2024" / "AGM date set – 3
  January 2024"), a party's "In the news" ("Candidates chosen | 4 May 2023" / "Group meeting | 27 April
  2023"), a CLP's sidebar with no label ("Canvassing dates set – 2 March 2023" / "GC report – 23 February
  2023"): no line of it starts a report, not even one that names a meeting, and the report below is the page's
  only one;
- under an untitled account, such a list ends it;
- negatives: two meetings' headings stacked ("NEC – 14 March 2023" / "Disputes Panel – 7 March 2023") are no
  such list, nor is a single dated line.
"""

from __future__ import annotations

import pytest

from nec_extract.page.segment import segment
from nec_extract.page.segment.lines import lines_of
from nec_extract.page.segment.listings import dated_link_lines

REPORT = (
    "Branch executive report – 12 March 2024\n\n"
    "The executive met at Unity House. It agreed to ballot members over the pay offer and noted the treasurer's "
    "report for the year.\n"
)


@pytest.mark.parametrize(
    "links",
    [
        "Latest news:\nPay ballot opens – 20 February 2024\nAGM date set – 3 January 2024\n",
        "In the news\nCandidates chosen | 4 May 2023\nGroup meeting | 27 April 2023\n",
        "Canvassing dates set – 2 March 2023\nGC report – 23 February 2023\n",
    ],
)
def test_a_list_of_dated_links_above_the_report_heads_nothing(links: str) -> None:
    page = f"Westside branch\n\n{links}\n{REPORT}"
    assert [block.title for block in segment(page)] == ["Branch executive report – 12 March 2024"]


def test_a_list_of_dated_links_ends_an_untitled_account() -> None:
    account = (
        "The general committee met on Thursday 2 February 2023. Delegates voted to support the nurses' strike "
        "and agreed the campaign plan.\n\n"
    )
    page = account + "Canvassing dates set – 2 March 2023\nGC report – 23 February 2023\n"
    (block,) = segment(page)
    assert block.title is None and block.end <= len(account)


@pytest.mark.parametrize(
    "lines",
    [
        "NEC – 14 March 2023\nDisputes Panel – 7 March 2023\n",  # two meetings stacked
        "Pay ballot opens – 20 February 2024\n",  # one line
    ],
)
def test_no_list_of_dated_links(lines: str) -> None:
    assert not dated_link_lines(list(lines_of(lines)))
