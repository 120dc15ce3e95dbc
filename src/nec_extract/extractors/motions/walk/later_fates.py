"""A later clause that disposes of the motion left open, in a sentence that told another item's result first: "The
amendment was carried by 23 votes to 12, at which point I withdrew the motion." The first result is the
amendment's; the withdrawal (or remittal, or deferral) of "the motion" settles the motion moved before it."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.records.draft import Draft, is_amendment
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.extractors.motions.walk.linking import NEAR
from nec_extract.extractors.votes.outcomes import OutcomePhrase, find_outcomes
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.models import FATES, Outcome, Vote


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
        if len(phrases) < 2 or not _names_the_motion(reading.sentence.text, phrases):
            continue
        told = [d for d in drafts if d.first <= index <= d.last]
        amendments = [d for d in told if is_amendment(d.kind, d.noun)]
        if not amendments:
            continue
        if len(amendments) < len(told):  # the motion settled by the sentence already: the tally after is its own
            _keep_own_tally(amendments, reading, phrases)
            continue
        open_motion = next((d for d in reversed(drafts) if _open_before(d, index)), None)
        if open_motion is not None:
            _settle(open_motion, told, reading, phrases, index)


def _names_the_motion(text: str, phrases: list[OutcomePhrase]) -> bool:
    """ "..., at which point I withdrew the motion", "..., and the substantive motion was then carried": the last
    result is said of the motion, after another item's."""
    fate = phrases[-1]
    if fate.outcome in FATES and _the_motion_after().match(text, fate.end):
        return True
    return bool(_substantive_before().search(text, phrases[-2].end, fate.start))


def _settle(motion: Draft, told: list[Draft], reading: Reading, phrases: list[OutcomePhrase], index: int) -> None:
    """The motion takes the last result and the tally told after the amendment's; the amendment keeps its own."""
    motion.outcome, motion.last = phrases[-1].outcome, index
    tally = _tally_after(reading, phrases)
    motion.vote = tally or motion.vote
    for amendment in told:
        if amendment.outcome is phrases[-1].outcome:
            amendment.outcome = phrases[-2].outcome
    _keep_own_tally(told, reading, phrases)


def _tally_after(reading: Reading, phrases: list[OutcomePhrase]) -> Vote | None:
    """The last tally told after the amendment's result, the motion's."""
    after = reading.sentence.start + phrases[-2].end
    return next((v for v in reversed(reading.votes) if v.evidence.start >= after), None)


def _keep_own_tally(amendments: list[Draft], reading: Reading, phrases: list[OutcomePhrase]) -> None:
    """An amendment given the motion's tally takes the one told before its own result, if any."""
    tally = _tally_after(reading, phrases)
    after = reading.sentence.start + phrases[-2].end
    own = next((v for v in reversed(reading.votes) if v.evidence.start < after), None)
    for amendment in amendments:
        if tally is not None and amendment.vote == tally:
            amendment.vote = own


@cache
def _substantive_before() -> re.Pattern[str]:
    """ "The amendment was carried, and on becoming the substantive motion it was carried unanimously": the later
    result is that of the motion the amendment changed."""
    return re.compile(r"\b(?:substantive|original|main)\s+motion\b[^.;]*$", re.I)


def _open_before(draft: Draft, index: int) -> bool:
    return (
        draft.outcome is Outcome.UNKNOWN
        and draft.last < index
        and index - draft.first <= NEAR
        and not is_amendment(draft.kind, draft.noun)
    )
