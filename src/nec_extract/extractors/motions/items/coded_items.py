"""Items named only by their codes in running prose, each group with its own result ("13/3 was withdrawn and 13/4
and 13/5 were lost", "EA/2 and EA/4 were both remitted", "C7 fell when C6 was carried"): one motion per code
(SPEC Rulings: each decision is one motion). A code is a conference's reference for a motion or rule amendment:
numbers around a slash ("13/4"), letters and a slash ("NR/8") or a letter or two before a number ("A7", "EM2");
a bare number is read with its noun elsewhere (`numbered_items`)."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.records.draft import Draft, strong
from nec_extract.extractors.motions.sentence.patterns import CODE
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of
from nec_extract.extractors.motions.walk.walk_state import WalkState
from nec_extract.extractors.votes import OutcomePhrase, find_outcomes
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.models import MotionKind

# a cheap test before the group pattern runs: some code stands in the sentence
_ANY_CODE = re.compile(rf"(?<![\w/.]){CODE}(?![\w/])")


@cache
def _group() -> re.Pattern[str]:
    """ "13/4 and 13/5 were both", "amendments NR/2 and NR/3 were", "EA/5": codes, perhaps under their noun, then
    the auxiliary and an adverb that may come before the result."""
    nouns = either(decisions_vocabulary().motions.put_nouns)
    aux = either(grammar_vocabulary().past_be_forms)
    return re.compile(
        rf"(?<![\w/.])(?:(?P<noun>(?i:{nouns}))s?\s+)?(?P<codes>{CODE}(?:\s*(?:,|and|&)\s*{CODE})*)(?![\w/])"
        rf"(?:\s+(?i:{aux}|has\s+been|have\s+been))?(?:\s+(?i:{_ADVERBS}|\w+ly))?(?:  |\s)"  # "12/13  remitted" too
    )


# "were both lost", "was then carried": words that may stand between the auxiliary and the result
_ADVERBS = "both|all|also|then|duly|each|subsequently|likewise"


def coded_groups(text: str) -> list[tuple[list[str], str | None, int, OutcomePhrase]]:
    """Each group of codes with its result: the codes, their noun, where the group starts, the result phrase."""
    if not _ANY_CODE.search(text):
        return []
    outcomes = [o for o in find_outcomes(text, reasons=True) if not o.hedged]
    found = []
    for match in _group().finditer(text):
        result = next((o for o in outcomes if match.end("codes") <= o.start <= match.end()), None)
        if result is not None:
            codes = [c for c in re.split(r"\s*(?:,|and|&)\s*", match["codes"]) if c]
            found.append((codes, match["noun"], match.start(), result))
    used = [group[3] for group in found]
    # "The motion on fares was carried, and C4 and C5 were remitted": a result of an item the codes do not name is
    # left with the sentence, for the readers of whole sentences ("C7 fell when C6 was carried": a reason's is not)
    if any(o not in used and not _subordinate().search(text, 0, o.start) for o in outcomes):
        return []
    return found


@cache
def _subordinate() -> re.Pattern[str]:
    """A clause of reason or time open before a result: "... fell when the previous amendment was "."""
    openers = either(decisions_vocabulary().motions.reason_openers)
    return re.compile(rf"\b(?:{openers})\b[^,;.]*$", re.IGNORECASE)


def coded_drafts(index: int, reading: Reading) -> list[Draft]:
    """One motion per code of the sentence's groups, each with its group's result."""
    groups = coded_groups(reading.sentence.text)
    start = reading.sentence.start
    single = len(groups) == 1 and len(groups[0][0]) == 1
    drafts = []
    for codes, noun, at, result in groups:
        kind = kind_of(noun)[0] if noun else kind_of(reading.sentence.text[:at])[0]
        for code in codes:
            draft = Draft(index, index, kind or MotionKind.MOTION, f"{noun} {code}" if noun else code, strong())
            draft.outcome, draft.noun = result.outcome, noun
            draft.vote = reading.votes[-1] if single and reading.votes else None
            draft.start, draft.end = start + at, start + result.end
            drafts.append(draft)
    return drafts


def coded_items(walk: WalkState, index: int, reading: Reading) -> bool:
    """A step of the walk: the sentence's groups of codes, one motion per code with its group's result."""
    drafts = coded_drafts(index, reading)
    if not drafts:
        return False
    walk.close_open()
    for draft in drafts:
        _drop_told_before(walk, draft.summary.split()[-1])
        walk.drafts.append(draft)
    walk.recent = walk.drafts[-1]
    return True


def _drop_told_before(walk: WalkState, code: str) -> None:
    """ "Motions 12/1 and 12/4 ... were remitted." then, in the record of decisions, "12/1 remitted": the item told
    again by its code is listed once, at the record (SPEC Rulings: a decision restated later is listed once)."""
    for draft in [d for d in walk.drafts if d.summary.split()[-1:] == [code]]:
        walk.drop(draft)
