"""A blog's line of post links right under a report's heading ("Posted in NEC Reports | Leave a comment",
"Filed under Branch news | 2 Comments", "Posted in Group news | Comments Off") is the post's metadata, not the
footer the same words make below a body: the report goes on under it. Pages written here: an NEC member's blog, a
union branch's news, a council group's site, a CLP's blog."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

_PAGES = [
    (
        "NEC 15 March 2022: a mixed night",
        "Posted in NEC Reports | Leave a comment",
        "The NEC met on Tuesday. Our motion on the freeze date was lost by 20 votes to 14.",
    ),
    (
        "Branch executive, 4 May 2023",
        "Filed under Branch news | 2 Comments",
        "The executive met in the union office. It agreed to ballot members on the pay offer.",
    ),
    (
        "Labour group meeting – 9 January 2024",
        "Posted in Group news | Comments Off",
        "The group met before the budget council. Members voted to back the leader's budget by 31 votes to 4.",
    ),
    (
        "GC report, 12 October 2021",
        "Leave a reply",
        "The General Committee met online. The motion on rail fares was carried unanimously.",
    ),
]


@pytest.mark.parametrize(("heading", "links", "body"), _PAGES)
def test_post_links_under_the_heading_leave_the_report_whole(heading: str, links: str, body: str) -> None:
    page = f"Site name\n\n{heading}\n\n{links}\n\n{body}\n"
    [report] = extract(page, "test.txt").reports
    assert report.title == heading
    assert page[report.span.start : report.span.end].endswith(body)
    assert report.motions


@pytest.mark.parametrize(("heading", "links", "body"), _PAGES)
def test_the_same_links_below_a_body_still_end_the_report(heading: str, links: str, body: str) -> None:
    other = "Our summer social is on 3 August. Tickets are on the website, and everyone is welcome to come along."
    page = f"{heading}\n\n{body}\n\n{links}\n\n{other}\n"
    [report] = extract(page, "test.txt").reports
    assert report.span.end <= page.index(links)
