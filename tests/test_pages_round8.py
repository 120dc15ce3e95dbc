"""Pages and dates the tool had not seen (round 8), on pages written here in several styles (CLP blog, union
branch, council group, news site, party local), each with negatives:

- a site's imprint or copyright line ("© Northfield CLP 2024", "Promoted by J. Bloggs on behalf of ...") is page
  furniture below the report: it ends the report and its year is no date mention of it; a sentence that only
  mentions copyright, or a lettered list item "(c)", does not end one;
- a label over the site's list of its other articles ("Most viewed", "Most popular") ends a page's one untitled
  report as it ends a titled one: the dated headlines under it are no part of the report;
- a short section heading that opens like a question ("What happens next", "How you can help") stays in the
  report; a headline of another article ("Why I'm standing ...", "What is ...?", a long one) still ends it.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

BODY = (
    "The treasurer reported that the accounts were in good order and that the fighting fund had raised more than "
    "expected. After a long discussion the committee agreed to support the campaign for a new hospital."
)


def mention_values(page: str) -> list[list[str | None]]:
    return [[d.start for d in report.dates] for report in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    "footer",
    [
        "© Northfield CLP 2021. All rights reserved.",  # CLP blog
        "Copyright © 2021 Eastgate Branch, Unite the Union",  # union branch
        "Promoted by J. Bloggs on behalf of Westbrook Labour Group, 1 High Street, Westbrook.",  # council group
        "Published and promoted by A. Person for the Green Party, 2 Low Road. (c) 2021",  # party local
        "All rights reserved 2021 · Privacy · Cookies",  # news site
    ],
)
def test_an_imprint_or_copyright_line_is_no_part_of_the_report(footer: str) -> None:
    page = f"Branch meeting – 14 March 2023\n\n{BODY}\n\n{footer}\n"
    assert mention_values(page) == [["2023-03-14"]]


@pytest.mark.parametrize(
    "line",
    [
        "(c) The clerk reported that the 2021 accounts had been signed off.",  # a lettered item of minutes
        "Copyright in the 2021 logo belongs to the branch, the secretary reminded us.",  # a sentence about it
        "Promoting the 2021 census results, the chair said turnout was good.",  # not an imprint
    ],
)
def test_a_body_line_that_mentions_copyright_or_a_lettered_item_ends_nothing(line: str) -> None:
    page = f"Branch meeting – 14 March 2023\n\n{BODY}\n\n{line}\n\n{BODY}\n"
    assert mention_values(page) == [["2023-03-14", "2021"]]


NEWS = (
    "Northfield Gazette\nNews | Sport | Politics\n\nLocal party picks its candidate\n\nBy Sam Writer\n\n"
    "Members of the constituency party met on Tuesday and chose their candidate by 40 votes to 31 after a long "
    "debate. The chair said the decision had been made openly and fairly, and the result was accepted.\n\n"
)


@pytest.mark.parametrize("label", ["Most viewed", "Most popular", "Most read", "Related stories"])
def test_a_label_over_other_articles_ends_an_untitled_report(label: str) -> None:
    page = f"{NEWS}{label}\nCouncil sets its budget (3 March 2021)\nBypass plan approved (1 March 2021)\n"
    assert mention_values(page) == [[]]


def test_an_untitled_report_without_such_a_label_keeps_its_last_paragraph() -> None:
    page = f"{NEWS}The candidate will be formally adopted on 3 March 2021.\n"
    assert mention_values(page) == [["2021-03-03"]]


@pytest.mark.parametrize(
    "links",
    [
        "Read more\nCouncil sets its budget (3 March 2021)\nBypass plan approved (1 March 2021)",  # news site
        "Share this:\nCouncil group news – 3 March 2021\nBranch committee report – 1 March 2021",  # a blog's
        "Continue reading\nExecutive committee (3 March 2021)\nBranch committee (1 March 2021)",  # a union site's
    ],
)
def test_dated_headings_with_nothing_under_them_below_an_account_are_links(links: str) -> None:
    reports = extract(f"{NEWS}{links}\n", "test.txt").reports
    assert [(r.title, [d.start for d in r.dates]) for r in reports] == [(None, [])]


def test_a_dated_heading_over_its_account_still_heads_it() -> None:
    page = "Branch committee report – 1 March 2021\n\n" + NEWS.split("\n\n", 4)[4]
    assert [r.title for r in extract(page, "test.txt").reports] == ["Branch committee report – 1 March 2021"]


@pytest.mark.parametrize(
    ("style", "section"),
    [
        ("NEC report – 14 March 2023", "What happens next"),  # NEC write-up
        ("Branch Executive – 14 March 2023", "What was agreed"),  # union branch bulletin
        ("Labour Group meeting – 14 March 2023", "How you can help"),  # council group news
        ("CLP General Meeting – 14 March 2023", "Where next?"),  # CLP minutes, two words
    ],
)
def test_a_short_section_heading_that_opens_like_a_question_stays_in_the_report(style: str, section: str) -> None:
    page = f"{style}\n\n{BODY}\n\n{section}\n\nThe ballot closes on 5 April and the result is due in May.\n"
    assert mention_values(page) == [["2023-03-14", "2023-04-05", "2023-05"]]


@pytest.mark.parametrize(
    "headline",
    [
        "Why I'm standing for the NEC again",  # an election address
        "What is the regional board for?",  # an explainer
        "How the policy forum works and how members can take part",  # a long explainer headline
    ],
)
def test_another_articles_headline_still_ends_the_report(headline: str) -> None:
    page = f"NEC report – 14 March 2023\n\n{BODY}\n\n{headline}\n\nNominations open on 5 April, in time for May.\n"
    assert mention_values(page) == [["2023-03-14"]]
