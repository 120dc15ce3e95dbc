"""The day a page was published (round 10):

- the page's own address on a line of its own, with the day in its path, as a saved page or a printout gives it
  ("https://westvale-labour.example.org/2023/03/15/nec-update/", "www.example.org/news/2022-06-21-group-report",
  "unisonbranch.example.org.uk/2024/05/09/exec-report"), dates the page, so "yesterday's meeting" is resolved;
- a short post's header stops above its comments and above the site's list of other articles: a comment's
  stamp ("3 February 2023 · Like · Reply") or a listed article's date ("Council tax to rise – 1 February 2023")
  is not the page's;
- negatives: an address with only a month in its path gives no day; a dateline above the post still counts
  when comments follow it.
"""

from __future__ import annotations

from datetime import date

import pytest

from nec_extract.page.dateline import find_published
from nec_extract.pipeline import extract

BODY = (
    "At yesterday's meeting the executive agreed the timetable for the selections and noted the treasurer's "
    "report. Members voted to affiliate to the trades council.\n"
)


@pytest.mark.parametrize(
    ("address", "day"),
    [
        ("https://westvale-labour.example.org/2023/03/15/nec-update/", date(2023, 3, 15)),  # party blog
        ("www.example.org/news/2022-06-21-group-report", date(2022, 6, 21)),  # council group news
        ("unisonbranch.example.org.uk/2024/05/09/exec-report", date(2024, 5, 9)),  # union branch site
    ],
)
def test_the_pages_address_with_a_day_dates_the_page(address: str, day: date) -> None:
    page = f"{address}\n\nExecutive update\n\n{BODY}"
    assert find_published(page, page.index("Executive update")) == day
    (report,) = extract(page, "test.txt").reports
    assert report.meeting_date is not None
    assert report.meeting_date.start == date.fromordinal(day.toordinal() - 1).isoformat()


def test_an_address_with_only_a_month_gives_no_day() -> None:
    page = f"example.org/2023/03/nec-update\n\nExecutive update\n\n{BODY}"
    assert find_published(page, page.index("Executive update")) is None


ACCOUNT = (
    "The general committee met on Thursday 2 February 2023. Delegates voted to support the nurses' strike and "
    "agreed the campaign plan.\n\n"
)


@pytest.mark.parametrize(
    "below",
    [
        "👍 12  💬 2 comments\n\nTom Hale\nGreat meeting.\n3 February 2023 · Like · Reply\n",  # social post
        "Most read\nCouncil tax to rise by 5% – 1 February 2023\nNew MP visits food bank – 30 January 2023\n",  # news
        "Sam Hill says:\n3 February 2023 at 9:14 am\nWell done all.\n",  # blog comments
    ],
)
def test_a_comments_or_a_listed_articles_date_is_not_the_pages(below: str) -> None:
    assert find_published(ACCOUNT + below, 0) is None


def test_a_dateline_above_the_post_still_counts_with_comments_below() -> None:
    page = "Posted on 3 February 2023\n\n" + ACCOUNT + "Sam Hill says:\n4 February 2023 at 9:14 am\nWell done.\n"
    assert find_published(page, page.index("The general")) == date(2023, 2, 3)


@pytest.mark.parametrize(
    "links",
    [
        "Latest news:\nPay ballot opens – 20 February 2024\nAGM date set – 3 January 2024\n\n",  # union site
        "In the news\nCandidates chosen | 4 May 2023\nGroup meeting | 27 April 2023\n\n",  # party site
        "Canvassing dates set – 2 March 2023\nGC report – 23 February 2023\n\n",  # CLP sidebar
    ],
)
def test_a_list_of_dated_links_above_the_post_does_not_date_the_page(links: str) -> None:
    page = "Westside branch\n\n" + links + ACCOUNT
    assert find_published(page, page.index("The general")) is None


@pytest.mark.parametrize(
    "footer",
    [
        "Posted in NEC reports | Tagged NEC, selections | 2 comments\n\nSam Hill\n25 January 2023 at 9:14 am\n",
        "Leave a comment\n\nPriti Shah\n3 February 2023\nThanks for this.\n",
        "Share this:\nTwitter\nFacebook\n\nAnn Lee\n4 February 2023\nGreat work.\n",
    ],
)
def test_a_date_under_the_posts_footer_does_not_date_the_page(footer: str) -> None:
    assert find_published(ACCOUNT + footer, 0) is None


def test_a_dated_line_with_a_dash_alone_still_dates_the_page() -> None:
    page = "Jo Bloggs – 3 February 2023\n\n" + ACCOUNT
    assert find_published(page, page.index("The general")) == date(2023, 2, 3)


LONG_ACCOUNT = (
    "The executive met on Tuesday. "
    + "It heard the general secretary's report and a long debate on the selections timetable followed. " * 8
    + "\n\n"
)


@pytest.mark.parametrize(
    ("last_line", "day"),
    [
        ("Jo Bloggs, 16 March 2023", date(2023, 3, 16)),  # an NEC member's sign-off
        ("16th March 2023", date(2023, 3, 16)),  # a union rep's report
        ("Sam Hill – 9 May 2024", date(2024, 5, 9)),  # a CLP secretary's notes
    ],
)
def test_a_dateline_as_the_pages_last_line_dates_the_page(last_line: str, day: date) -> None:
    page = "Executive report\n\n" + LONG_ACCOUNT + last_line + "\n"
    assert find_published(page, page.index("The executive")) == day


@pytest.mark.parametrize(
    "last_line",
    ["Date of next meeting: 14 April 2023", "The next meeting is on 14 April 2023.", "Minutes approved 14 April 2023"],
)
def test_a_last_line_that_says_more_than_a_date_does_not_date_the_page(last_line: str) -> None:
    page = "Executive report\n\n" + LONG_ACCOUNT + last_line + "\n"
    assert find_published(page, page.index("The executive")) is None
