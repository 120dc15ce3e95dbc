"""A headline that a label marks as another kind of article ("Explainer: how conference votes on rule changes",
"Q&A – what the NEC decided", "Obituary: ...") heads no meeting report, though its words name a body and a
decision (round-22 pages bank, written here: a blog aggregator's page of teasers). Near-misses: a report's own
heading, and one that only contains such a word later ("Guide dogs policy: NEC report – 5 March 2024"), still
head reports."""

from __future__ import annotations

import pytest

from nec_extract.page.segment.headings import is_article_headline, titles_page
from nec_extract.pipeline import extract


@pytest.mark.parametrize(
    "headline",
    [
        "Explainer: how conference votes on rule changes",  # a blog round-up's teaser
        "Q&A – what the NEC decided on selections",  # a news site
        "Obituary: Jo Bloggs, union executive member for thirty years",  # a union journal
        "Profile | the council's new Labour group leader",  # a local paper
    ],
)
def test_a_labelled_article_of_another_kind_heads_no_report(headline: str) -> None:
    assert not titles_page(headline)
    assert is_article_headline(headline)


@pytest.mark.parametrize(
    "heading",
    ["NEC report: 21 September 2021", "Guide dogs policy: NEC report – 5 March 2024", "Executive report – May 2022"],
)
def test_a_reports_own_heading_still_heads_one(heading: str) -> None:
    assert titles_page(heading)


def test_an_aggregators_explainer_teaser_is_no_report() -> None:
    page = (
        "NEC report: 21 September 2021\nfrom Left Reps Bulletin · 2 days ago\n"
        "The pre-conference NEC agreed the Leader's rule change package 22-11 after a long debate …\nRead more »\n\n"
        "Explainer: how conference votes on rule changes\nfrom Labour Briefing Online · 3 days ago\n"
        "Rule changes proposed by the NEC go straight to conference, unlike those from CLPs …\nRead more »\n"
    )
    assert [r.title for r in extract(page, "test.txt").reports] == ["NEC report: 21 September 2021"]
