"""Lists of proposals: "the following rule changes:" makes each bullet below it a motion."""

from __future__ import annotations

import re

from nec_extract.extractors.motions.draft import Draft, final_outcome
from nec_extract.extractors.motions.patterns import patterns
from nec_extract.extractors.motions.people import People
from nec_extract.extractors.motions.reading import Reading, kind_of
from nec_extract.language.text import Sentence
from nec_extract.models import MotionKind
from nec_extract.page.context import ReportContext


def following_intro(readings: list[Reading], index: int, current: Draft | None) -> Draft | None:
    """ "We agreed the following rule changes:" makes each bullet below it a motion of that kind."""
    match = patterns().following.search(readings[index].sentence.text)
    if match is None:
        return current if current is not None and index - current.last <= 1 else None
    kind, _ = kind_of(match["noun"])
    outcome, _ = final_outcome(readings[index].outcomes, [])
    return Draft(index, index, kind or MotionKind.PROPOSAL, "", People(), outcome)


def starts_line(report: ReportContext, sentence: Sentence) -> bool:
    line_start = report.text.rfind("\n", 0, sentence.start) + 1
    return not re.search(r"[.!?]\s", report.text[line_start : sentence.start])


def is_bullet(report: ReportContext, sentence: Sentence) -> bool:
    line_start = report.text.rfind("\n", 0, sentence.start) + 1
    return bool(re.match(r"\s*(?:[•·▪*–-]|\d+[.)])\s", report.text[line_start : sentence.end]))


def bullet_draft(index: int, reading: Reading, intro: Draft) -> Draft:
    intro.last = index
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    text = reading.sentence.text.lstrip("•·▪*–- \t")
    return Draft(
        index, index, intro.kind, text, reading.people, outcome if reading.outcomes or vote else intro.outcome, vote
    )
