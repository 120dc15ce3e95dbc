"""A later clause that disposes of the motion left open, in a sentence that told another item's result first: "The
amendment was carried by 23 votes to 12, at which point I withdrew the motion." The first result is the
amendment's; the withdrawal (or remittal, or deferral) of "the motion" settles the motion moved before it."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.draft import Draft
from nec_extract.extractors.motions.linking import NEAR
from nec_extract.extractors.motions.reading import Reading
from nec_extract.extractors.votes.outcomes import find_outcomes
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.models import FATES, MotionKind, Outcome


@cache
def _the_motion_after() -> re.Pattern[str]:
    """ "withdrew the motion", "referred the original motion": the motion as the object of the fate."""
    nouns = either(decisions_vocabulary().motions.put_nouns)
    return re.compile(rf"\s+(?:the|my|our|his|her|their)\s+(?:substantive\s+|original\s+|main\s+)?(?:{nouns})\b", re.I)


def later_fates(drafts: list[Draft], readings: list[Reading]) -> None:
    """Settle, in place, an open motion whose fate a later sentence tells after another item's result; an amendment
    that took the fate as its own keeps the result told of it."""
    for index, reading in enumerate(readings):
        phrases = [o for o in find_outcomes(reading.sentence.text) if not o.hedged]
        if len(phrases) < 2 or phrases[-1].outcome not in FATES:
            continue
        fate = phrases[-1]
        if not _the_motion_after().match(reading.sentence.text, fate.end):
            continue
        told = [d for d in drafts if d.first <= index <= d.last]
        if not told or not all(_is_amendment(d) for d in told):
            continue
        open_motion = next((d for d in reversed(drafts) if _open_before(d, index)), None)
        if open_motion is None:
            continue
        open_motion.outcome = fate.outcome
        for amendment in told:
            if amendment.outcome is fate.outcome:
                amendment.outcome = phrases[-2].outcome


def _is_amendment(draft: Draft) -> bool:
    return draft.kind is MotionKind.AMENDMENT or "amendment" in (draft.noun or "")


def _open_before(draft: Draft, index: int) -> bool:
    return (
        draft.outcome is Outcome.UNKNOWN
        and draft.last < index
        and index - draft.first <= NEAR
        and not _is_amendment(draft)
    )
