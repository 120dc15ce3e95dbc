"""A dated section heading inside a report that names an event still to come when the meeting was held
("Conference – 22 September", "Special Meeting – 19 March" over "A special meeting will be held to ..."): a
section of that report, not a report of its own: its first sentence speaks of it as to come. A later report
on an archive page opens by saying its meeting took place, and stays one."""

from __future__ import annotations

import re

from nec_extract.language.dates import parse_parts
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.dates import dates_vocabulary
from nec_extract.language.text import split_sentences
from nec_extract.page.segment.account import says_it_met_or_decided
from nec_extract.page.segment.block import ReportBlock

_VOCABULARY = dates_vocabulary()
# what is to come, not what the meeting decided to do ("agreed to", "voted to")
_TO_COME = re.compile(
    rf"(?<!\w)(?:{alternation([c for c in _VOCABULARY.future_cues if c not in _VOCABULARY.decisions_to_act])})(?!\w)",
    re.IGNORECASE,
)


def with_sections_to_come(page: str, blocks: list[ReportBlock]) -> list[ReportBlock]:
    """The blocks, each section about an event to come joined to the report above it."""
    kept: list[ReportBlock] = []
    for block in blocks:
        if kept and _is_section_to_come(page, kept[-1], block):
            kept[-1].end = block.end
        else:
            kept.append(block)
    return kept


def _is_section_to_come(page: str, report: ReportBlock, section: ReportBlock) -> bool:
    if report.stacked or page[report.end : section.start].strip() or not _after(report.title, section.title):
        return False
    sentences = split_sentences(page, section.body_start, section.end)
    if not sentences or not _TO_COME.search(sentences[0].text):
        return False
    return not says_it_met_or_decided(page, sentences[0].start, sentences[0].end)


def _after(report_title: str | None, section_title: str | None) -> bool:
    """Does the section's heading name a day after the report's? One that gives no year may lie in the next
    year ("Local Government Conference – 14 February" in a report of 12 March 2019): only its words tell."""
    report = parse_parts(report_title) if report_title else None
    section = parse_parts(section_title) if section_title else None
    if report is None or section is None or None in (report.month, report.day, section.month, section.day):
        return False
    if report.year is None or section.year is None:
        return True
    return (section.year, section.month, section.day) > (report.year, report.month, report.day)
