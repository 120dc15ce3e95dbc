"""A page read line by line into reports.

A heading that names a meeting starts a report, except: right under another heading (no sentence between)
it is that heading's subtitle, unless both name different days (two meetings stacked: two reports); and an
undated heading (or one dated only by a year: "Annual Conference 2023") inside a dated report is one of its
sections, unless the report's excerpt has ended ("[…]")."""

from __future__ import annotations

from itertools import pairwise

from nec_extract.language.dates import parse_parts
from nec_extract.language.line_ends import ends_on_an_open_word
from nec_extract.page.segment.account import is_meeting_account
from nec_extract.page.segment.answered import answered_question_lines
from nec_extract.page.segment.block import ReportBlock, trimmed_end
from nec_extract.page.segment.body_headings import body_name_headings
from nec_extract.page.segment.dated_entries import dated_entry_lines
from nec_extract.page.segment.ends import (
    counts_reactions,
    ends_excerpt,
    ends_report,
    heads_a_social_post,
    introduces_a_quote,
    is_footer_bar,
    labels_other_posts,
    links_inside_an_article,
)
from nec_extract.page.segment.furniture import ends_in_a_linked_date, is_post_metadata, is_running_head
from nec_extract.page.segment.headings import (
    ends_with_another_article,
    is_dated,
    names_a_day,
    names_a_month,
    names_meeting,
    titles_page,
)
from nec_extract.page.segment.lines import Line, clean_title, is_sentence, lines_of
from nec_extract.page.segment.listings import archive_months, dated_link_lines, diary_lines, listed_meetings
from nec_extract.page.segment.nested import nested_lines
from nec_extract.page.segment.notices import without_notices
from nec_extract.page.segment.numbered import numbered_sections
from nec_extract.page.segment.parallel import parallel_bodies
from nec_extract.page.segment.posts import post_headings
from nec_extract.page.segment.threads import thread_posts
from nec_extract.page.segment.to_come import with_sections_to_come
from nec_extract.page.segment.umbrella import without_umbrellas
from nec_extract.page.segment.untitled import untitled_report
from nec_extract.page.segment.wrapping import carried_on_lines

# the words of a line cut off at the page's end that still count as a body ("Keir Starmer joined from ...")
_CUT_OFF_WORDS = 5


def segment(page: str) -> list[ReportBlock]:
    """Reports of the page in order. A page with no meeting heading yields one untitled report when it is an
    account of a meeting, unless it opens with another kind of headline (an explainer's question)."""
    lines = list(lines_of(page))
    posts = thread_posts(lines)
    # lines of a paragraph carried on from the line above, and a thread's later posts, are body, never headings
    links = dated_link_lines(lines)
    diary = diary_lines(lines)
    body_lines = carried_on_lines(lines) | {start for start, number in posts.items() if number > 1} | diary
    body_lines |= links | answered_question_lines(lines) | nested_lines(lines)
    # a post's stamp written above its heading ends the post above (and is read as the next one's dateline)
    headings, stamps = post_headings(lines, body_lines)
    # a circular's numbered sections: those naming a meeting start reports, the next in the count ends one
    numbered = numbered_sections(lines)
    body_lines -= numbered.meetings
    entry_lines = dated_entry_lines(lines, body_lines) | headings | numbered.meetings
    reader = _Reader(page, body_lines, entry_lines, _quote_introductions(lines))
    reader.body_headings = body_name_headings(lines) - body_lines
    listed = listed_meetings(lines) | archive_months(lines) | numbered.others
    for line in lines:
        if line.start in listed or line.start in stamps:
            reader.end_report(line.start)
        elif line.stripped:
            reader.read(line)
    blocks = reader.finish()
    substantial = _with_substance(page, blocks)
    if not substantial:
        untitled = _above_the_links(page, untitled_report(page, lines, body_lines | posts.keys(), links), blocks)
        if (
            untitled is not None
            and not _a_diary_alone(lines, untitled, diary)
            and is_meeting_account(page, _below_its_diary(lines, untitled, diary), untitled.end)
        ):
            return [_from_its_top(untitled, blocks)]
        if not blocks or listed:
            return []  # headings with nothing under them over a list of dated meetings: an archive's index
    return without_notices(page, with_sections_to_come(page, without_umbrellas(page, substantial or blocks)))


def _from_its_top(untitled: ReportBlock, blocks: list[ReportBlock]) -> ReportBlock:
    """An untitled account with the lines of text above its body ("Away day report" / "Posted 27/11/2020"): they
    are its own (their dates its mentions) when no heading of the page's starts among them."""
    top = untitled.top
    if top is None or any(top <= block.start < untitled.start for block in blocks):
        return untitled
    untitled.start = top
    return untitled


def _a_diary_alone(lines: list[Line], untitled: ReportBlock, diary: set[int]) -> bool:
    """ "Upcoming meetings" / "GC – Thursday 12 May, 7pm" / "Executive – Tuesday 3 May, 7.30pm": a page whose text is
    only a diary of dated entries tells of no meeting."""
    within = [line for line in lines if line.stripped and untitled.start <= line.text_start < untitled.end]
    return bool(within) and all(line.start in diary for line in within)


def _below_its_diary(lines: list[Line], untitled: ReportBlock, diary: set[int]) -> int:
    """Where the text of an untitled account starts below the diary lines that open it ("Branch meeting – Tuesday
    14 March, 7pm" / "AGM – Saturday 15 April" / "All members welcome."): a diary's meetings, named and dated,
    tell of no meeting held."""
    for line in lines:
        if line.stripped and untitled.start <= line.text_start < untitled.end and line.start not in diary:
            return max(untitled.start, line.text_start)
    return untitled.start


def _above_the_links(page: str, untitled: ReportBlock | None, blocks: list[ReportBlock]) -> ReportBlock | None:
    """The page's untitled account, up to the first heading below it: headings with nothing under them, below
    the account (after a teaser or a footer, or under a label the page's own words do not give away: "More from
    the branch"), are links to other articles. None when the account starts below the first heading."""
    if untitled is None or not blocks:
        return untitled
    if untitled.start >= blocks[0].start:
        return None
    untitled.end = trimmed_end(page, untitled.start, min(untitled.end, blocks[0].start))
    return untitled


def _quote_introductions(lines: list[Line]) -> set[int]:
    """The starts of lines inside an article that look like its end: one that introduces a quotation on the next
    ("Keir Starmer said:"), a sentence pointing to more with the article going on below it ("Read the full
    statement on our website.")."""
    texts = [line for line in lines if line.stripped]
    return {
        line.start
        for line, following in pairwise(texts)
        if introduces_a_quote(line.stripped, following.stripped)
        or (links_inside_an_article(line.stripped) and is_sentence(following.stripped))
    }


def _with_substance(page: str, blocks: list[ReportBlock]) -> list[ReportBlock]:
    """The blocks with a body; one without that runs straight on from the report above belongs to it, unless it
    is stacked right over the next report's heading (see :func:`_stack_over_the_next`)."""
    listed = _stacked_over_nothing(blocks)
    kept: list[ReportBlock] = []
    for block, following in zip(blocks, [*blocks[1:], None], strict=False):
        if id(block) in listed:
            continue
        if not block.has_substance and following is not None and _stack_over_the_next(page, block, following):
            continue
        if block.has_substance:
            kept.append(block)
        elif kept and not page[kept[-1].end : block.start].strip():
            kept[-1].end = block.end
    return kept


def _stack_over_the_next(page: str, block: ReportBlock, following: ReportBlock) -> bool:
    """A heading with nothing under it that names a period, right over the next report's heading that names a day
    ("NEC Report, June / July 2012" over "NEC meeting, 17 July 2012"), heads the report below it (the SPEC's
    ruling: a period's heading over a meeting's is part of that one report). Whether it was so read."""
    if page[block.body_start : following.start].strip() or not following.has_substance:
        return False
    if not _period_over_its_day(block.title, following.title):
        return False
    following.start = block.start
    return True


def _period_over_its_day(upper: str | None, lower: str | None) -> bool:
    """The upper title names a month or a year and no day, the lower a day of that year."""
    period = parse_parts(clean_title(upper)) if upper else None
    day = parse_parts(clean_title(lower)) if lower else None
    if period is None or day is None or period.day is not None or day.day is None:
        return False
    return period.year is None or day.year is None or period.year == day.year


def _stacked_over_nothing(blocks: list[ReportBlock]) -> set[int]:
    """Headings stacked with nothing between are two meetings only when the stack ends over a report's body; a
    run of dated headings with no text under any of them is a list of links ("NEC Report – 24 January 2023" /
    "NEC Report – 22 November 2022" at a page's foot): the ids of those blocks, which are no reports."""
    listed: set[int] = set()
    below: ReportBlock | None = None
    for block in reversed(blocks):
        if block.stacked and (below is None or not below.has_substance):
            block.stacked = False
            listed.add(id(block))
        below = block
    return listed


class _Reader:
    def __init__(self, page: str, body_lines: set[int], entry_lines: set[int], quote_lines: set[int]) -> None:
        self.page = page
        self.body_lines = body_lines
        # lines that introduce a quotation ("Keir Starmer said:"), no commenter's signature
        self.quote_lines = quote_lines
        # lines heading a page's dated entries or its posts: each starts a report
        self.entry_lines = entry_lines
        # undated headings naming a body over a paragraph that says it met on a day: they start a report where an
        # undated heading may
        self.body_headings: set[int] = set()
        self.blocks: list[ReportBlock] = []
        self.current: ReportBlock | None = None
        self.has_body = False
        # lines read under the current heading that are no sentences (a post's category, a dateline)
        self.lines_under_heading = 0
        self.excerpt_ended = False
        # below a label over the site's other posts, under a report: the rest of the page is the site's
        self.among_other_posts = False
        self.last_line: Line | None = None
        # a sentence read on the page, under a heading or not (the account of a page without one)
        self.read_prose = False
        # inside a social post quoted in the report's body: its bar of counts closes the post, not the report
        self.in_quoted_post = False

    def read(self, line: Line) -> None:
        text = line.stripped
        if labels_other_posts(text) and (self.current is not None or self.blocks or self.read_prose):
            self.among_other_posts = True
            self._close(line.start)
        if self.among_other_posts:
            return
        body_line = line.start in self.body_lines
        starts = line.start in self.entry_lines or (
            (self._is_heading(text) or line.start in self.body_headings) and self._starts_new_report(text)
        )
        if not body_line and starts:
            self._mark_a_parallel_stack(text)
            self._close(line.start)
            self.current = ReportBlock(clean_title(text), line.start, len(self.page), line.end, line.text_start)
            self.has_body = self.excerpt_ended = self.in_quoted_post = False
            self.lines_under_heading = 0
        elif self.current is not None and line.start not in self.quote_lines and self._ends(text, body_line):
            self._close(line.start)
        elif self.current is not None:
            self._read_body(text, body_line)
        self.read_prose = self.read_prose or body_line or is_sentence(text)
        self.last_line = line

    def _mark_a_parallel_stack(self, heading: str) -> None:
        """A heading with nothing under it, right over one of the same shape naming another body in the same
        period (also a post's heading, which starts a report whatever the stack), is a report of its own."""
        current = self.current
        if current is None or self.has_body or self.lines_under_heading:
            return
        if parallel_bodies(current.title, clean_title(heading)):
            current.stacked = True

    def _ends(self, text: str, body_line: bool) -> bool:
        if (self.has_body or self.lines_under_heading > 1) and heads_a_social_post(text):
            self.in_quoted_post = True  # "I posted this at the time:" / "Jo Bloggs @jo · 14 Mar 2023"
            return False
        if self.in_quoted_post and counts_reactions(text):
            self.in_quoted_post = False
            return False
        if not self.lines_under_heading and is_post_metadata(text):
            # "NEC report" / "Posted in NEC reports on 19 July 2023", "Posted in NEC Reports | Leave a comment":
            # right under the heading, the post's stamp and links, no footer
            return False
        # a line carrying on a paragraph ("trigger ballots set at a third, why should this differ?") is no headline
        another_article = not body_line and ends_with_another_article(text)
        return ends_report(text) or another_article or (self.has_body and is_footer_bar(text))

    def end_report(self, end: int) -> None:
        """A line that belongs to no report (a list of dated meetings) ends the one above."""
        self._close(end)

    def finish(self) -> list[ReportBlock]:
        if self.current is not None and self.last_line is not None:
            self._count_cut_off(self.last_line.stripped)
        self._close(len(self.page))
        return self.blocks

    def _is_heading(self, text: str) -> bool:
        # "Previous post: NEC Report – 21 September 2021", "Town Council · Privacy · Page last updated 3 May 2021"
        if ends_report(text) or is_footer_bar(text):
            return False
        if self.current is not None and is_running_head(text):
            return False  # "ATLU NEC minutes    Page 2 of 4": the minutes' running head, on their second page
        return titles_page(text) if self.current is None else names_meeting(text)

    def _starts_new_report(self, heading: str) -> bool:
        current = self.current
        if current is None:
            return True
        if not self.has_body:
            if self.lines_under_heading and _names_the_meeting_below(current.title, heading):
                return True
            # two headings stacked with nothing between; not a list of posts with their categories under them
            stacked = not self.lines_under_heading and (
                _different_days(current.title, heading) or parallel_bodies(current.title, clean_title(heading))
            )
            current.stacked = stacked
            return stacked
        if self.excerpt_ended or names_a_month(clean_title(heading)):
            return True
        return current.title is None or not is_dated(current.title)

    def _read_body(self, text: str, body_line: bool) -> None:
        assert self.current is not None
        self.lines_under_heading += 1
        if body_line or is_sentence(text):
            self.has_body = True
            self.current.body_chars += len(text)
        self.excerpt_ended = self.excerpt_ended or ends_excerpt(text)

    def _count_cut_off(self, text: str) -> None:
        """A page cut off in its last sentence still gives that half sentence to its last report."""
        assert self.current is not None
        if (
            not is_sentence(text)
            # a line closed by a bracket or by a date after a dash is whole: a link with its date ("Budget set (3
            # March 2021)", "Pay ballot result – 20 February 2024")
            and not text.endswith(")")
            and not ends_in_a_linked_date(text)
            and len(text.split()) >= _CUT_OFF_WORDS
            and self.current.title != clean_title(text)
            # a half sentence that names the meeting and its day is still no heading when it breaks off on a word
            # no heading ends on ("The NEC met on 24 January and the first item was the")
            and (not names_meeting(text) or ends_on_an_open_word(text))
        ):
            self.current.cut_off = True

    def _close(self, end: int) -> None:
        if self.current is None:
            return
        self.current.end = trimmed_end(self.page, self.current.start, end)
        self.blocks.append(self.current)
        self.current = None


def _different_days(first: str | None, second: str) -> bool:
    """Two stacked headings that each name a day, different days: two meetings."""
    first_day = names_a_day(first) if first else None
    second_day = names_a_day(clean_title(second))
    return first_day is not None and second_day is not None and first_day != second_day


def _names_the_meeting_below(first: str | None, second: str) -> bool:
    """A page title that names no meeting of its own ("Branch Circular No. 7/19", "Regional news"), or none
    to the month ("Group Circular 3/2022"), over a memo's lines ("To: ...", "Date: ...") and then a heading that
    does ("Executive Committee – decisions of 16 March 2019"): the meeting's heading starts the report, and
    the title's block, with no body, is none."""
    if first is None or not names_meeting(second):
        return False
    return not names_meeting(first) or (not names_a_month(first) and names_a_month(clean_title(second)))
