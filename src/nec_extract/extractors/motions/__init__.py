"""Motions put to the meeting: what, who moved and seconded it, how it ended (SPEC: Motions).

A motion is introduced by a mover ("X moved a motion ...", "proposed by X", "I tabled an amendment")
or stated as a decision of the meeting ("The NEC agreed ...", "A motion ... was carried", "X was
elected chair"). An introduction without an outcome takes the outcome of a following sentence that
refers back to it ("This amendment fell.", "Agreed unanimously.", a tally). Vocabulary lives in
``models/motions.json``; outcome phrases and tallies come from :mod:`nec_extract.extractors.votes`.
"""

from __future__ import annotations

import re

from nec_extract.extractors.motions.draft import Draft
from nec_extract.extractors.motions.linking import NEAR, close, confirms, orphan_outcome, settle, settles
from nec_extract.extractors.motions.lists import bullet_draft, following_intro, is_bullet, starts_line
from nec_extract.extractors.motions.names import resolve_name
from nec_extract.extractors.motions.patterns import patterns
from nec_extract.extractors.motions.reading import read_sentence
from nec_extract.extractors.motions.records import to_motion
from nec_extract.extractors.motions.statements import drafts_of, drafts_of_clauses
from nec_extract.models import Motion, Outcome, Speaker, Vote
from nec_extract.page.context import ReportContext

__all__ = ["extract_motions", "resolve_name"]

_FLAGS = re.IGNORECASE


def extract_motions(report: ReportContext, votes: list[Vote], speakers: list[Speaker]) -> list[Motion]:  # noqa: C901 (to split: issue 11)
    """Motions of the report in text order, linked to their tallies."""
    readings = [read_sentence(report, s, votes) for s in report.sentences]
    drafts: list[Draft] = []
    open_draft: Draft | None = None  # introduced, outcome not yet known
    recent: Draft | None = None  # settled just now: a further "The motion was declared carried." confirms it
    following: Draft | None = None
    for index, reading in enumerate(readings):
        if reading.excluded:
            continue
        if patterns().never_put.search(reading.sentence.text):
            # "The Chair ruled it out of order": never put, so no motion, neither this one nor the one just moved
            if open_draft is not None and open_draft in drafts:
                drafts.remove(open_draft)
            open_draft = recent = None
            continue
        if following is not None and is_bullet(report, reading.sentence):
            close(drafts, open_draft)
            open_draft = None
            if starts_line(report, reading.sentence) or recent is None:
                recent = bullet_draft(index, reading, following)
                drafts.append(recent)
            else:
                following.last = index
                if reading.outcomes or reading.votes:
                    settle(recent, reading, index)
            continue
        if open_draft is not None and settles(open_draft, readings, index):
            settle(open_draft, reading, index)
            open_draft, recent = None, open_draft
            continue
        if (
            open_draft is not None
            and reading.people.seconders
            and not reading.people.movers
            and index - open_draft.first <= NEAR
        ):
            open_draft.people.seconders += [s for s in reading.people.seconders if s not in open_draft.people.seconders]
            continue
        if recent is not None and index - recent.last <= 3 and confirms(recent, readings, index):
            settle(recent, reading, index)
            continue
        new = drafts_of_clauses(report, index, reading, votes) or drafts_of(index, reading)
        new = new or orphan_outcome(readings, index)
        if new and _MINUTES_MOVER.match(reading.sentence.text) and index and readings[index - 1].kind:
            # "Motion on rail fares. Moved: Jane Doe. ..." : the item names the motion, the next line its mover
            new[0].first, new[0].summary = index - 1, readings[index - 1].sentence.text
            new[0].kind = readings[index - 1].kind or new[0].kind
        following = following_intro(readings, index, following)
        if not new:
            continue
        close(drafts, open_draft)
        open_draft = recent = None
        drafts.extend(new)
        if new[-1].outcome is Outcome.UNKNOWN and new[-1].vote is None:
            open_draft = new[-1]
        else:
            recent = new[-1]
    close(drafts, open_draft)
    return [to_motion(report, readings, d, speakers) for d in drafts]


_MINUTES_MOVER = re.compile(r"^\W*(?:moved|proposed|proposer|mover)\s*[:\-]", _FLAGS)
