"""The proposal an elliptical subject stands for: "one", "another", "the other" or an ordinal with no motion noun of
its own ("Motions on A and B were carried. One on C was lost.", "Two amendments were moved. The other fell.") takes
the kind of the proposal named just before it, in the sentence before or in the clauses before it in its sentence;
with none named there it stands for nothing decided ("We talked about the regions. The other was lost in the post.").
"""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.sentence.reading import Reading, kind_of
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.models import MotionKind

PROPOSED = (MotionKind.MOTION, MotionKind.AMENDMENT, MotionKind.RULE_CHANGE, MotionKind.PROPOSAL)
# "The third, on membership cards, was approved": an ordinal that says what its item was about names it itself
_DESCRIBED_ORDINAL = re.compile(r"\W*the\s+[\w-]+\s*[,(:]", re.IGNORECASE)


def proposal_named_before(reading: Reading, words_before: str = "") -> MotionKind | None:
    """The kind of the proposal named in the sentence before this one, or in ``words_before`` (the clauses before
    it in its own sentence), if that is a proposal put to a meeting."""
    kind = kind_of(f"{_sentence_before(reading)} {words_before}")[0]
    return kind if kind in PROPOSED else None


def ordinal_stands_for_a_proposal(reading: Reading) -> bool:
    """An ordinal subject with no items counted before it is a motion of its own when it says what it was about,
    follows another ordinal item ("The second, on fees, fell. The third was withdrawn.") or a proposal named just
    before it."""
    if _DESCRIBED_ORDINAL.match(reading.sentence.text) or _ordinal_opening().match(_sentence_before(reading)):
        return True
    return proposal_named_before(reading) is not None


def paired_before(reading: Reading) -> bool:
    """The clauses before in its sentence, or the sentence before, open with the first of a pair: "One motion was
    carried but the other ...", "The first amendment fell. The second ..."."""
    return _first_of_a_pair().match(_sentence_before(reading)) is not None


@cache
def _first_of_a_pair() -> re.Pattern[str]:
    firsts = either(tuple(w for w, n in decisions_vocabulary().motions.ordinals.items() if n == 1))
    return re.compile(rf"\W*(?:one|the\s+(?:{firsts}))\b", re.IGNORECASE)


@cache
def _ordinal_opening() -> re.Pattern[str]:
    return re.compile(rf"\W*the\s+(?:{either(tuple(decisions_vocabulary().motions.ordinals))})\b", re.IGNORECASE)


def _sentence_before(reading: Reading) -> str:
    """The sentence before, or the clauses before this part when the reading is part of a sentence."""
    start = reading.sentence.start
    opened = [s.start for s in reading.report.sentences if s.start < start]
    return reading.report.text[opened[-1] : start] if opened else ""


def rest_of_a_set(reading: Reading, subject: str, words_before: str = "") -> MotionKind | None:
    """ "the other two", "the remaining three", "the rest" after "four of the six rule changes" (in the sentence before
    or the clauses before in its own): the items of the set not yet told, of the set's kind."""
    if not _the_rest().fullmatch(subject):
        return None
    before = f"{_sentence_before(reading)} {words_before}"
    counted = _part_of_a_set().search(before)
    if counted is None:
        return None
    kind = kind_of(before[counted.start() :])[0]
    return kind if kind in PROPOSED else None


@cache
def _the_rest() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    numbers = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    # "Two, on the women's forum and on CLP boundaries,": a bare count with what its items were about
    counted = rf"{numbers}\s*,[^,;]{{1,80}},?"
    rest = rf"(?:{either(v.rest_of_a_set)})(?:\s+{numbers})?"
    return re.compile(rf"\W*(?:and\s+|but\s+)?(?:{rest}|{counted})\s*", re.IGNORECASE)


@cache
def _part_of_a_set() -> re.Pattern[str]:
    """ "four of the six", "two of the three", "most of the": a part of a counted set of items."""
    numbers = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|most|some|all\s+but\s+\w+)"
    return re.compile(rf"\b{numbers}\s+of\s+the\s+(?:{numbers}\s+)?", re.IGNORECASE)
