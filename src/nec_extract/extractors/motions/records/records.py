"""Motion records from drafts: movers resolved to names, the evidence, the summary (``summaries``)."""

from __future__ import annotations

import re

from nec_extract.extractors.motions.records.draft import Draft
from nec_extract.extractors.motions.records.names import resolve_name
from nec_extract.extractors.motions.records.summaries import summary_of
from nec_extract.extractors.motions.sentence.people import AUTHOR
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.language.people import single_author
from nec_extract.language.text import make_span
from nec_extract.models import Motion, Speaker
from nec_extract.page.context import ReportContext

_FLAGS = re.IGNORECASE
# Evidence stops at the introduction when its outcome is further away than this many characters (tally lines
# between them are short, a paragraph of debate is not).
_EVIDENCE_GAP = 400


def to_motion(report: ReportContext, readings: list[Reading], draft: Draft, speakers: list[Speaker]) -> Motion:
    first, last = readings[draft.first].sentence, readings[draft.last].sentence
    if last.start - first.end > _EVIDENCE_GAP:
        last = first
    start = draft.start if draft.start is not None else first.start
    end = draft.end if draft.end is not None else last.end
    return Motion(
        kind=draft.kind,
        summary=summary_of(report, readings, draft),
        movers=[_person(n, report, speakers) for n in draft.people.movers] + _holders(draft.people.offices, speakers),
        seconders=[_person(n, report, speakers) for n in draft.people.seconders],
        outcome=draft.outcome,
        vote=draft.vote,
        evidence=make_span(report.text, start, end),
    )


def _holders(offices: list[str], speakers: list[Speaker]) -> list[str]:
    """The named speakers who hold these offices; an office whose holder the page does not name is left out."""
    names = []
    for office in offices:
        holder = next((s.name for s in speakers if s.name and s.role and s.role.lower() == office.lower()), None)
        if holder and holder not in names:
            names.append(holder)
    return names


def _person(name: str, report: ReportContext, speakers: list[Speaker]) -> str:
    if name == AUTHOR:  # "I moved ...": the one person this report's byline names, as the speakers have it
        return single_author(report.author) or AUTHOR
    return resolve_name(name, report.text, speakers)
