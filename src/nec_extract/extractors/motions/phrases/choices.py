"""A choice put to the meeting between alternatives for one question ("The NEC had to choose between two options for
the youth elections", "Members were asked to decide between two ways of running the ballot", "The board faced a
choice between three models", "The NEC was asked to decide which of two options to follow", "Two options for the
ballot were put to the executive"): one item, a proposal, carried if the sentence tells the choice made or a tally
carries it (else told later, or unknown).

Not choices of the meeting: between people ("choose between two candidates" is an election, read elsewhere), one the
members will make in a ballot (no past frame), a choice with nothing named to choose from.
"""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.records.draft import Draft, final_outcome, strong
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.models import MotionKind, Outcome


def choice_put(index: int, reading: Reading) -> list[Draft]:
    """The choice between alternatives the sentence says was put to the meeting, as one proposal."""
    text = reading.sentence.text
    match = _choice().search(text)
    if match is None:
        return []
    # the choice made ("..., and chose the second") or a tally; an outcome word in the sentence may tell of
    # something the alternatives mention ("on the basis of a process agreed in July")
    outcome, vote = final_outcome(reading.outcomes, reading.votes) if reading.votes else (Outcome.UNKNOWN, None)
    if outcome is Outcome.UNKNOWN and _made().search(text, match.end()):
        outcome = Outcome.CARRIED
    if match["put"] and _chosen_next(reading):
        return []  # "Two options were put to the NEC. / The NEC chose the later one": the choice told is the decision
    summary = match["put"] if match["put"] else text[match.start("what") :]
    return [Draft(index, index, MotionKind.PROPOSAL, summary, strong(), outcome, vote, reading.noun)]


@cache
def _choice() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    count = r"(?:the\s+|these\s+)?(?:two|three|four|five|several|\d+|a\s+number\s+of)\s+"
    counted = rf"(?:{count})?"
    alternatives = rf"(?:[\w'’-]+\s+){{0,2}}?(?:{either(v.alternatives_nouns, v.choice_ways)})"
    return re.compile(
        rf"\b(?:{either(v.choice_frames)})\s+(?:between|from|among|which\s+of)\s+(?P<what>(?:the\s+)?{counted}"
        rf"{alternatives})\b"
        # "Two options for the youth elections were put to the NEC": the alternatives counted, put to the meeting
        rf"|(?P<put>{count}{alternatives}\b[^.;:]{{0,80}}?)\s+(?:{either(v.choices_put)})\b"
        rf"(?!\s+(?:{either(v.choices_put_elsewhere)})\b)",
        re.IGNORECASE,
    )


def _chosen_next(reading: Reading) -> bool:
    """Whether the sentence after this one tells the choice made."""
    following = next((s for s in reading.report.sentences if s.start >= reading.sentence.end), None)
    return following is not None and _made().search(following.text) is not None


@cache
def _made() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(decisions_vocabulary().motions.choice_made)})\b", re.IGNORECASE)
