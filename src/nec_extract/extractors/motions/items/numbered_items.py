"""Items named by their numbers under one plural noun, one result for all ("Amendments 1 and 2 were lost", "Motions
4, 5 and 6 were carried"), and a further numbered item with its own result after them ("... and amendment 3 was
carried"): one motion per number (SPEC Rulings: each decision is one motion)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from nec_extract.extractors.motions.records.draft import Draft
from nec_extract.extractors.motions.sentence.patterns import CODE as _CODE
from nec_extract.extractors.motions.sentence.patterns import ITEM_NUMBER, numbered_item
from nec_extract.extractors.motions.sentence.people import People
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of
from nec_extract.extractors.votes.outcomes import OutcomePhrase, find_outcomes
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.models import MotionKind, Outcome

# numbers joined by commas, "and" or "&": "3", "4 and 6", "1, 3 and 4"; two or more: "4 and 6"
_JOINED = r"\s*(?:,|and|&)\s*"
_NUMBERS = rf"{ITEM_NUMBER}(?:{_JOINED}{ITEM_NUMBER})*"
_TWO_OR_MORE_NUMBERS = rf"{ITEM_NUMBER}(?:{_JOINED}{ITEM_NUMBER})+"
# numbers alone, the group's noun left out, then their clause's verb: "4 and 6 fell", "2 was remitted"; read by both
# rules for numbers told after a numbered item (_numbers_with_own_verbs, _bare_numbers_after)
_NUMBERS_THEN_VERB = rf"(?P<numbers>{_NUMBERS})\s+(?=[a-z])"


@cache
def _numbered_group() -> re.Pattern[str]:
    """ "Amendments 1 and 2 were", "Motions 4, 5 and 6 have been", "Motions 7 and 8, both from Wales, fell": a plural
    item noun over two or more numbers."""
    nouns = either(decisions_vocabulary().motions.put_nouns)
    return re.compile(
        rf"\b(?P<noun>(?:{nouns}))s\s+(?P<numbers>{_TWO_OR_MORE_NUMBERS})"
        # "Motions 4, 5 and 6, all calling for a ballot, fell": what they ask may stand between them and the result
        rf"(?:\s*,\s*(?:all|both|each)\s+[^,]{{1,80}},)?\s+(?:(?:were|have\s+been)\s)?",
        re.IGNORECASE,
    )


@cache
def _numbered_one() -> re.Pattern[str]:
    """ "and amendment 3 was carried": one numbered item with a verb of its own."""
    return re.compile(
        rf"\b(?:and|but|while|whereas)\s+(?P<item>{numbered_item()})\s+(?:was|has\s+been)\s", re.IGNORECASE
    )


@cache
def _numbers_after_noun() -> re.Pattern[str]:
    """ "Motions 11 and 12", "Amendments 22/4, 22/5 and 22/6": a plural item noun over two or more numbers or codes."""
    nouns = either(decisions_vocabulary().motions.put_nouns)
    one = rf"(?:{_CODE}|{ITEM_NUMBER})(?![\w/])"
    return re.compile(rf"(?P<noun>(?i:{nouns}))s\s+(?P<numbers>{one}(?:{_JOINED}{one})+)")


def numbers_named(text: str, at: int) -> list[str]:
    """The items a plural noun at ``at`` names by their numbers ("motion 11", "motion 12"), else []."""
    match = _numbers_after_noun().match(text, max(at, 0))
    if match is None:
        return []
    noun = match["noun"].lower()
    return [f"{noun} {number}" for number in re.split(_JOINED, match["numbers"]) if number]


def numbered_items(drafts: list[Draft], readings: list[Reading]) -> list[Draft]:
    """The drafts with each numbered group split into one draft per number, in place."""
    result: list[Draft] = []
    for draft in drafts:
        result.extend(_split(draft, readings[draft.first]) if draft.first == draft.last else [draft])
    return _numbers_with_own_verbs(result, readings)


def _numbers_with_own_verbs(drafts: list[Draft], readings: list[Reading]) -> list[Draft]:
    """ "Motions 1, 3 and 4 were carried; 2 was remitted and 5 fell.", "Motion 2 was remitted and 5 fell", "Motions 1
    and 3 were carried. 2 was remitted.": after a numbered item, numbers alone each with a result of their own are one
    motion each, with that result (the noun the numbered item gave them)."""
    result = list(drafts)
    for index, reading in enumerate(readings):
        told = _told_by_numbers(readings, index)
        if not told:
            continue
        here = [d for d in result if d.first == index == d.last]
        # a draft of the numbers alone ("4 and 5") gives way to one draft per number
        result = [d for d in result if d not in here or not _BARE_NUMBERS_ONLY.fullmatch(d.summary.strip())]
        here = [d for d in here if d in result]
        kind = here[0].kind if here else (kind_of(told[0][0])[0] or MotionKind.MOTION)
        added: list[Draft] = []
        for summary, outcome, start, end in told:
            same = [d for d in here if _names_item(d.summary, summary)]
            for draft in same:
                draft.outcome = outcome  # "Motion 2 was remitted and 5 fell": its own result, not the last one
            if not same:
                part = Draft(index, index, kind, summary, People(), outcome, None, summary.split()[0].lower())
                part.start, part.end = reading.sentence.start + start, reading.sentence.start + end
                added.append(part)
        if added:
            at = max((result.index(d) + 1 for d in here), default=_insertion_point(result, index))
            result[at:at] = added
    return result


def _names_item(summary: str, item: str) -> bool:
    """ "Emergency motion 1", "Motions 2", "motion 2" all name "motion 2"."""
    noun, number = item.rsplit(" ", 1)
    return bool(re.fullmatch(rf"(?:[\w'’-]+\s+)?{re.escape(noun)}s?\s+{re.escape(number)}", summary.strip(), re.I))


def _insertion_point(drafts: list[Draft], index: int) -> int:
    return next((at for at, draft in enumerate(drafts) if draft.first > index), len(drafts))


def _told_by_numbers(readings: list[Reading], index: int) -> list[tuple[str, Outcome, int, int]]:
    """The items the sentence settles by numbers alone, each number with its own result after a numbered item in the
    sentence or the one before: (summary, outcome, start, end in the sentence); [] without any number alone."""
    text = readings[index].sentence.text
    anchor = _first_numbered().search(text)
    if anchor is None and index > 0 and _BARE_OPENING.match(text):
        before = _first_numbered().search(readings[index - 1].sentence.text)
        noun, start, own = (before["noun"].lower(), 0, []) if before else (None, 0, [])
    elif anchor is not None:
        noun, start = anchor["noun"].lower(), anchor.end("numbers")
        own = [(n, anchor.start()) for n in re.findall(ITEM_NUMBER, anchor["numbers"])]
    else:
        return []
    if noun is None:
        return []
    results = [o for o in find_outcomes(text) if not o.hedged]
    bare = []
    for clause in _BARE_CLAUSE.finditer(text, start):
        result = _own_result(text, clause.end(), results)
        if result is not None:
            bare += [(number, clause.start("numbers"), result) for number in re.findall(ITEM_NUMBER, clause["numbers"])]
    if not bare:
        return []
    first = _own_result(text, start, results) if own else None
    told = [(f"{noun} {n}", first.outcome, at, first.end) for n, at in own] if first is not None else []
    return told + [(f"{noun} {n}", result.outcome, at, result.end) for n, at, result in bare]


def _own_result(text: str, at: int, results: list[OutcomePhrase]) -> OutcomePhrase | None:
    """The result that follows ``at`` with only an auxiliary or an adverb between: the item's own."""
    return next((o for o in results if o.start >= at and _TO_RESULT.fullmatch(text, at, o.start)), None)


@cache
def _first_numbered() -> re.Pattern[str]:
    """ "Motions 1, 3 and 4", "Motion 2": an item noun, singular or plural, over one or more numbers."""
    nouns = either(decisions_vocabulary().motions.put_nouns)
    return re.compile(rf"\b(?P<noun>(?:{nouns}))s?\s+(?P<numbers>{_NUMBERS})\b", re.IGNORECASE)


# numbers alone opening a clause: "; 2 was remitted", "and 5 fell", ", while 4 and 6 were lost"
_BARE_CLAUSE = re.compile(rf"(?:^|[,;]|\b(?:and|but|while|whereas)\b)\s*(?:and\s+|but\s+)?{_NUMBERS_THEN_VERB}")
_BARE_NUMBERS_ONLY = re.compile(_NUMBERS)
_BARE_OPENING = re.compile(rf"\W*{_NUMBERS}\s+(?:was|were|fell|has|have)\b")
# between an item and its own result: an auxiliary, an adverb ("2 was then remitted", "5 narrowly fell")
_TO_RESULT = re.compile(r"\s*(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:(?:\w+ly|then|also)\s+)?")


def _split(draft: Draft, reading: Reading) -> list[Draft]:
    text = reading.sentence.text
    group = _numbered_group().search(text)
    if group is None:
        return _decided_on(draft)
    if draft.start not in (None, reading.sentence.start + group.start()):
        return _bare_numbers_after(draft, reading, group)
    start = reading.sentence.start
    noun = group["noun"].lower()
    own = [o for o in find_outcomes(text) if not o.hedged and o.start >= group.end() - 1]
    if not own or own[0].start > group.end() + 20:
        return _decided_on(draft)
    split = []
    for number in re.findall(ITEM_NUMBER, group["numbers"]):
        part = replace(draft, summary=f"{noun} {number}", outcome=own[0].outcome, vote=draft.vote)
        part.start, part.end = start + group.start(), start + own[0].end
        split.append(part)
    further = _numbered_one().search(text, own[0].end)
    later = [o for o in own if further is not None and o.start >= further.end() - 1]
    # the further item is this draft's only if its clause reaches it (a clause of its own is a draft of its own)
    if further is not None and later and (draft.end is None or draft.end >= start + later[0].end):
        part = replace(draft, summary=further["item"], outcome=later[0].outcome, vote=None)
        part.start, part.end = start + further.start("item"), start + later[0].end
        split.append(part)
    return split


def _bare_numbers_after(draft: Draft, reading: Reading, group: re.Match[str]) -> list[Draft]:
    """ "Motions 3, 5 and 7 were carried; 4 and 6 fell.": a later clause naming more items by their numbers alone,
    the group's noun left out, is one motion per number."""
    at = draft.start - reading.sentence.start if draft.start is not None else -1
    bare = _BARE_NUMBERS.match(reading.sentence.text, at) if at >= group.end() else None
    if bare is None:
        return [draft]
    return _one_per_number(draft, group["noun"], bare["numbers"])


# numbers alone opening a draft's clause: "4 and 6 fell", "and 2 was remitted"
_BARE_NUMBERS = re.compile(rf"\s*(?:and\s+|but\s+|while\s+)?{_NUMBERS_THEN_VERB}")


@cache
def _decided_group() -> re.Pattern[str]:
    """ "motions 3 and 7", "rule changes 4b, 6 and 9": what a decision verb took, a plural item noun (with a word
    before it) over two or more numbers."""
    nouns = either(decisions_vocabulary().clauses.items)
    return re.compile(
        rf"(?P<noun>(?:[\w'’-]+\s+)?(?:{nouns}))s\s+(?P<numbers>{_TWO_OR_MORE_NUMBERS})\b",
        re.IGNORECASE,
    )


def _decided_on(draft: Draft) -> list[Draft]:
    """ "The NEC approved motions 3 and 7", "We adopted rule changes 4b, 6 and 9": a decision whose object is a
    numbered group is one decision per number, each with the decision's outcome and words."""
    group = _decided_group().match(draft.summary)
    if group is None or draft.outcome is Outcome.UNKNOWN:
        return [draft]
    return _one_per_number(draft, group["noun"], group["numbers"])


def _one_per_number(draft: Draft, noun: str, numbers: str) -> list[Draft]:
    """The draft once per number of the group ("motion 3", "motion 7"), each with its outcome and evidence."""
    split = []
    for number in re.findall(ITEM_NUMBER, numbers):
        part = replace(draft, summary=f"{noun.lower()} {number}")
        part.start, part.end = draft.start, draft.end
        split.append(part)
    return split
