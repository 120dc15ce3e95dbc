"""The one report of a page without a meeting heading (SPEC ruling: a page that opens with a section
subheading, a byline or a headline still yields one)."""

from __future__ import annotations

from nec_extract.page.segment.block import ReportBlock, trimmed_end
from nec_extract.page.segment.ends import ends_report, labels_other_posts
from nec_extract.page.segment.furniture import is_page_furniture
from nec_extract.page.segment.headings import (
    a_sentence_about_a_meeting,
    ends_with_another_article,
    is_article_headline,
    tells_an_election,
)
from nec_extract.page.segment.lines import Line, clean_title, is_heading_like, is_prose, names_a_body

# a page without prose is a report when it holds at least this many lines of text (a table of decisions)
_FEWEST_ROWS = 3


def untitled_report(
    page: str, lines: list[Line], prose_lines: set[int], link_lines: frozenset[int] | set[int] = frozenset()
) -> ReportBlock | None:
    """From the page's first prose line (also a short sentence of what the meeting did: "The GC met on 9 June.";
    a line of a hard-wrapped paragraph or a thread's post; on a page
    of tables or lists, its first line that is not furniture) to its footer or the label over the site's other
    articles ("Most viewed") or a list of dated links; none when the page is headed by
    another kind of article (an explainer's question)."""
    start = first_text = end = None
    content_lines = 0
    for line in lines:
        text = line.stripped
        if not text:
            continue
        if start is not None:
            if line.start in link_lines or _ends_the_account(text):
                end = line.start
                break
            continue
        if line.start not in prose_lines and is_heading_like(text) and _heads_another_article(text):
            return None
        if line.start in prose_lines or is_prose(text) or a_sentence_about_a_meeting(clean_title(text)):
            start = line.text_start
        elif not is_page_furniture(text):
            first_text = line.text_start if first_text is None else first_text
            content_lines += 1
    if start is None and content_lines >= _FEWEST_ROWS:
        start = first_text
    if start is None:
        return None
    end = len(page) if end is None else end
    top = _top_above(page, lines, first_text, start)
    return ReportBlock(None, start, trimmed_end(page, start, end), start, top=top)


def _top_above(page: str, lines: list[Line], first_text: int | None, start: int) -> int | None:
    """The account's first line of text above its body, when it names a body ("Inside the executive"; not a site's
    "Welcome to ...", nor a section's "Leader's report"); else, under a site's name, the last heading-like line above
    the body that names one: a news headline over its dateline ("The Wyeford Advertiser" / "New chair for Wyeford
    Labour after close AGM contest" / "Monday, 21 March 2016")."""
    if first_text is None or first_text >= start:
        return None
    above = [line for line in lines if first_text <= line.text_start < start]  # the first is first_text's
    if names_a_body(page[first_text : above[0].end]):
        return first_text
    top = None
    for line in above:
        text = line.stripped
        if text and is_heading_like(text) and not is_page_furniture(text) and names_a_body(text):
            top = line.text_start
    return top


def _heads_another_article(text: str) -> bool:
    """An explainer's headline, or one that tells an election to a body ("Three elected to NEC"): the page is
    that article, no account of a meeting."""
    return is_article_headline(text) or tells_an_election(clean_title(text))


def _ends_the_account(text: str) -> bool:
    return ends_report(text) or ends_with_another_article(text) or labels_other_posts(text)
