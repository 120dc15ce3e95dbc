"""A notice of a meeting to come under a heading that names it ("General Committee – 14 June 2023" over "The next
GC will be held on 14 June at 7.30pm ...", "Agenda for the NEC meeting on 24 January"): its heading or first
sentences put the meeting ahead, its heading names no write-up ("report", "update") or minutes and its text
tells of no meeting held, so it is no report (SPEC: articles on the
page that are not meeting reports are not reports)."""

from __future__ import annotations

import re

from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.language.text import split_sentences
from nec_extract.page.segment.account import says_it_met_or_decided
from nec_extract.page.segment.block import ReportBlock
from nec_extract.page.segment.lines import names_a_write_up

_ANNOUNCES = re.compile(rf"(?<![\w-])(?:{alternation(pages_vocabulary().notice_phrases)})(?![\w-])", re.IGNORECASE)
_MINUTES = re.compile(r"\bminutes\b", re.IGNORECASE)
# a site's section after a separator ("Westmere CLP – News", "Branch | Bulletin"): the site's title, no write-up's
_SITES_SECTION = re.compile(rf"\s[–—|:-]\s*(?:{alternation(pages_vocabulary().site_section_words)})\s*$", re.IGNORECASE)
# the sentences of a notice that say the meeting is to come
_FIRST_SENTENCES = 2
# how far under the heading those sentences are sought
_OPENING_CHARS = 600


def without_notices(page: str, blocks: list[ReportBlock]) -> list[ReportBlock]:
    """The blocks less the notices of meetings to come."""
    return [block for block in blocks if not _is_notice(page, block)]


def _is_notice(page: str, block: ReportBlock) -> bool:
    if block.title is None or _MINUTES.search(block.title):
        return False
    if names_a_write_up(block.title) and not _SITES_SECTION.search(block.title):
        return False  # "Branch executive report" over "The executive will meet next on 5 June": a report
    head_end = min(block.end, block.body_start + _OPENING_CHARS)
    if not (_ANNOUNCES.search(block.title) or _ANNOUNCES.search(page, block.body_start, head_end)):
        return False  # the cheap look first: no notice's phrase near the top
    opening = " ".join(s.text for s in split_sentences(page, block.body_start, head_end)[:_FIRST_SENTENCES])
    if not (_ANNOUNCES.search(block.title) or _ANNOUNCES.search(opening)):
        return False
    return not says_it_met_or_decided(page, block.body_start, block.end)
