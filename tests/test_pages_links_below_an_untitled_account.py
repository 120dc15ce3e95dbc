"""Links to other articles under a page's untitled account (round 10):

- a list of dated headlines under the account, with nothing under any of them, is the site's links, whatever its
  label says ("More from the branch", "Latest news", "Elsewhere on the site", no label at all): the page is one
  untitled report, ending above the list, and its dates are not the report's;
- a link's line that ends in its date after a dash ("Pay ballot result – 20 February 2024") is whole, not a
  sentence cut off at the page's end;
- negatives: a dated heading over a body of its own still heads its report, and a sentence cut off at the
  page's end still gives its report a body.
"""

from __future__ import annotations

import pytest

from nec_extract.page.segment import segment
from nec_extract.page.segment.furniture import ends_in_a_linked_date
from nec_extract.pipeline import extract
from support import titles_and_first_meeting_day

UNION = (
    "Posted on 9 May 2024\n\n"
    "The branch executive met on Tuesday 7 May. It agreed to ballot members over the pay offer and noted the "
    "treasurer's report.\n\n"
)
CLP = (
    "The general committee met on Thursday 2 February 2023. Delegates voted to support the nurses' strike and "
    "agreed the campaign plan for the spring.\n\n"
)
NEC = (
    "By Jo Bloggs, NEC member\n\n"
    "The NEC met on 24 January 2023 at Southside. We agreed the budget and heard the general secretary's report, "
    "and the committee voted to hold the next conference in Liverpool.\n\n"
)
COUNCIL = (
    "The Labour group met on Monday 6 March 2023 before full council. Councillors agreed the budget amendments "
    "and elected a new whip.\n\n"
)


@pytest.mark.parametrize(
    ("account", "links", "day"),
    [
        (UNION, "More from the branch\nAGM report – 12 March 2024\nPay ballot – 20 February 2024\n", "2024-05-07"),
        (
            CLP,
            "Latest news\nCouncil tax to rise by 5% (1 February 2023)\nNew MP visits food bank (30 January 2023)\n",
            "2023-02-02",
        ),
        (NEC, "Elsewhere on the site\nNEC report – 29 November 2022\nNEC report – 27 September 2022\n", "2023-01-24"),
        (COUNCIL, "Council meeting – 27 February 2023\nGroup AGM – 9 January 2023\n", "2023-03-06"),
    ],
)
def test_dated_links_under_an_untitled_account_are_no_reports(account: str, links: str, day: str) -> None:
    page = account + links
    assert titles_and_first_meeting_day(page) == ([None], day)
    (report,) = extract(page, "test.txt").reports
    first_link = links.splitlines()[-2]
    assert report.span.end <= page.index(first_link)


def test_the_links_dates_are_not_the_reports() -> None:
    page = UNION + "More from the branch\nAGM report – 12 March 2024\nPay ballot result – 20 February 2024\n"
    (report,) = extract(page, "test.txt").reports
    assert [mention.start for mention in report.dates] == ["2024-05-07"]


@pytest.mark.parametrize(
    "line",
    ["Pay ballot result – 20 February 2024", "NEC report | 27 September 2022", "Group AGM — January 2023"],
)
def test_a_line_ending_in_its_date_after_a_dash_is_a_links(line: str) -> None:
    assert ends_in_a_linked_date(line)


@pytest.mark.parametrize(
    "line",
    [
        "The NEC met on 24 January 2023",  # no dash before the date
        "Pay ballot result – 20 February",  # no year
        "The committee agreed – after a long debate – to meet again",  # no date at the end
    ],
)
def test_other_lines_end_in_no_linked_date(line: str) -> None:
    assert not ends_in_a_linked_date(line)


def test_a_dated_heading_over_a_body_of_its_own_still_heads_its_report() -> None:
    page = (
        UNION + "Executive report – 12 March 2024\n\n"
        "The executive met to prepare the AGM. It agreed the annual report and the accounts, and set the date of "
        "the next meeting.\n"
    )
    titles, _ = titles_and_first_meeting_day(page)
    assert "Executive report – 12 March 2024" in titles


def test_a_sentence_cut_off_at_the_pages_end_still_gives_its_report_a_body() -> None:
    page = "Intro line\n\nNEC report – 24 January 2023\n\nThe NEC met at Southside and the first item on the agenda\n"
    assert [block.title for block in segment(page)] == ["NEC report – 24 January 2023"]
