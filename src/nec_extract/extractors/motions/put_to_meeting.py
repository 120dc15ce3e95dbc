"""Whether a sentence tells of a motion put to the meeting: moved, tabled, debated, submitted or (a paper)
circulated, as "X moved a motion on ..." or "An emergency motion from the region was tabled"; and whether a set of
items was only looked at ("Members considered the proposed rule changes"), not put."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.counted import items_counted
from nec_extract.extractors.motions.patterns import patterns
from nec_extract.extractors.motions.reading import Reading
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.models import MotionKind

_FLAGS = re.IGNORECASE


# papers, codes, timetables: put to the meeting when "presented" or "circulated", a motion only if a result follows
PAPERS = (MotionKind.REPORT, MotionKind.OTHER)


def only_considered(reading: Reading) -> bool:
    """Whether a plural item was brought by a verb of looking at it ("considered", "discussed"), not of putting
    or debating it ("moved", "tabled", "debated")."""
    if not re.match(r"(?:[\w-]+\s+)?[\w-]+s\b", reading.sentence.text[reading.kind_at :]):
        return False
    before = reading.sentence.text[: reading.kind_at]
    verbs = list(patterns().discussed.finditer(before))
    debated = either(decisions_vocabulary().motions.debate_verbs)
    return (
        bool(verbs)
        and not re.match(rf"(?:{debated})|debating", verbs[-1].group(), _FLAGS)
        and not (_put_before().search(before))
    )


def put_to_the_meeting(reading: Reading, papers: bool = False) -> bool:
    """Whether the sentence tells of a motion (or, asked, a paper) put to the meeting: debated, moved, tabled,
    submitted, circulated."""
    kinds = (MotionKind.MOTION, MotionKind.AMENDMENT, MotionKind.RULE_CHANGE, MotionKind.PROPOSAL)
    if reading.kind not in (*kinds, *(PAPERS if papers else ())):
        return False
    text = reading.sentence.text
    before, after = text[: reading.kind_at], text[reading.kind_at :]
    # a paper "discussed" is only discussed; one "circulated" or "tabled" was put to the meeting
    discussed = None if reading.kind in PAPERS else patterns().discussed.search(before)
    considered = discussed or _put_before().search(before)
    if not considered and not (_subject_start().fullmatch(before) and _put_after().search(after)):
        return False
    counted = items_counted(text, reading.kind_at) > 1  # "Two motions came to us": items, not an agenda
    if re.match(rf"\W*(?:{either(decisions_vocabulary().motions.no_one_words)})\b", before, _FLAGS):
        return False  # "Nobody moved the motion on the agenda": never put
    return not re.search(r"\bwhether\b", before, _FLAGS) and (
        counted or not _agenda_announcement(text, reading.kind_at)
    )


# the motion noun opens the sentence, as its subject: "An emergency motion from the region was tabled"
@cache
def _subject_start() -> re.Pattern[str]:
    return re.compile(
        rf"\W*(?:(?:{either(grammar_vocabulary().decisions.sentence_lead_words)})\s+)*(?:[\w'’-]+\s+){{0,2}}", _FLAGS
    )


@cache
def _put_before() -> re.Pattern[str]:
    """ "moved a motion", "tabled two amendments": a mover verb, then the item it put."""
    return re.compile(
        rf"\b(?:{patterns().mover_verbs})\s+(?:{either(grammar_vocabulary().decisions.put_item_determiners)})\s+"
        r"(?:[\w'’-]+\s+){0,3}$",
        _FLAGS,
    )


@cache
def _put_after() -> re.Pattern[str]:
    """ "... was tabled", "... were debated", "... came to us from": the item, then how it came to the meeting."""
    v = decisions_vocabulary().motions
    arrivals = either(v.arrival_verbs)
    return re.compile(
        rf"^[^;:]*?\b(?:(?:{either(grammar_vocabulary().past_be_forms)})\s+(?:\w+ly\s+|(?:{either(v.passive_adverbs)})\s+)?"
        rf"(?:being\s+)?(?:{patterns().content_verbs})|{arrivals})\b",
        _FLAGS,
    )


def _agenda_announcement(text: str, at: int) -> bool:
    """ "We considered the rule amendments.": a plural item with nothing of its own, the agenda the decisions
    that follow belong to, not one motion."""
    noun = re.match(r"(?:[\w-]+\s+)?[\w-]+s\b(?P<rest>.*)$", text[at:], re.DOTALL)
    if noun is None:
        return False
    openers = either(decisions_vocabulary().motions.summary_openers)
    return not re.match(rf"\s*(?:from\s+[^,]+?\s+)?(?:{openers})\b", noun["rest"], _FLAGS)
