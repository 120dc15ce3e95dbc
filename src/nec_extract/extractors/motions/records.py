"""Motion records from drafts: the summary in the report's words, movers resolved to names, the evidence."""

from __future__ import annotations

import re

from nec_extract.extractors.motions.draft import Draft
from nec_extract.extractors.motions.names import resolve_name
from nec_extract.extractors.motions.patterns import patterns
from nec_extract.extractors.motions.people import AUTHOR
from nec_extract.extractors.motions.reading import Reading
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.people import single_author
from nec_extract.language.text import LIST_MARKER, make_span, normalise_space
from nec_extract.models import Motion, MotionKind, Speaker
from nec_extract.page.context import ReportContext

_FLAGS = re.IGNORECASE
# Evidence stops at the introduction when its outcome is further away than this many characters (tally lines
# between them are short, a paragraph of debate is not).
_EVIDENCE_GAP = 400


def _trim_summary(raw: str, kind: MotionKind) -> str:
    """The proposal in the report's words: what follows its motion noun, cut at the first clause break."""
    text = normalise_space(raw).strip(" ,.;:")
    text = re.sub(rf"^(?:—\s|{LIST_MARKER})\s*", "", text)  # a list's marker is no word of the item
    text = re.sub(
        rf"^(?:and\s+)?(?:{either(grammar_vocabulary().decisions.summary_determiners)})\s+", "", text, flags=_FLAGS
    )
    noun = next((r for k, r in patterns().kinds if k is kind), None)
    found = noun.search(text, 0, 60) if noun is not None and kind is not MotionKind.OTHER else None
    if found is not None:
        rest = re.sub(
            rf"^\s*(?:from\s+[^,]+?\s+(?=(?:{either(decisions_vocabulary().motions.openers_after_the_mover)})\b)|,\s*from\s+[^,]+,\s*)?",
            "",
            text[found.end() :],
        )
        if re.match(rf"(?:{either(decisions_vocabulary().motions.summary_openers)})\b", rest):
            text = rest
    cut = re.search(
        rf"\s+and then\b|,\s*(?:{decisions_vocabulary().motions.summary_end_words.regex()})\b|"
        r";|\s[–—]\s|\.\s|\(|"
        rf"\s(?:{either(grammar_vocabulary().decisions.summary_end_be_forms)})\s",
        text,
    )
    if cut and cut.start() > 3:
        text = text[: cut.start()]
    return text.strip(" ,.;:") or normalise_space(raw)[:120]


def to_motion(report: ReportContext, readings: list[Reading], draft: Draft, speakers: list[Speaker]) -> Motion:
    first, last = readings[draft.first].sentence, readings[draft.last].sentence
    if last.start - first.end > _EVIDENCE_GAP:
        last = first
    start = draft.start if draft.start is not None else first.start
    end = draft.end if draft.end is not None else last.end
    return Motion(
        kind=draft.kind,
        summary=_trim_summary(draft.summary, draft.kind),
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
