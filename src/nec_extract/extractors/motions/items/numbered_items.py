"""Items named by their numbers under one plural noun, one result for all ("Amendments 1 and 2 were lost", "Motions
4, 5 and 6 were carried"), and a further numbered item with its own result after them ("... and amendment 3 was
carried"): one motion per number (SPEC Rulings: each decision is one motion)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from nec_extract.extractors.motions.items.coded_items import CODE as _CODE
from nec_extract.extractors.motions.records.draft import Draft
from nec_extract.extractors.motions.sentence.patterns import ITEM_NUMBER, numbered_item
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.extractors.votes.outcomes import find_outcomes
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.models import Outcome


@cache
def _numbered_group() -> re.Pattern[str]:
    """ "Amendments 1 and 2 were", "Motions 4, 5 and 6 have been", "Motions 7 and 8, both from Wales, fell": a plural
    item noun over two or more numbers."""
    nouns = either(decisions_vocabulary().motions.put_nouns)
    return re.compile(
        rf"\b(?P<noun>(?:{nouns}))s\s+(?P<numbers>{ITEM_NUMBER}(?:\s*(?:,|and|&)\s*{ITEM_NUMBER})+)"
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
    return re.compile(rf"(?P<noun>(?i:{nouns}))s\s+(?P<numbers>{one}(?:\s*(?:,|and|&)\s*{one})+)")


def numbers_named(text: str, at: int) -> list[str]:
    """The items a plural noun at ``at`` names by their numbers ("motion 11", "motion 12"), else []."""
    match = _numbers_after_noun().match(text, max(at, 0))
    if match is None:
        return []
    noun = match["noun"].lower()
    return [f"{noun} {number}" for number in re.split(r"\s*(?:,|and|&)\s*", match["numbers"]) if number]


def numbered_items(drafts: list[Draft], readings: list[Reading]) -> list[Draft]:
    """The drafts with each numbered group split into one draft per number, in place."""
    result: list[Draft] = []
    for draft in drafts:
        result.extend(_split(draft, readings[draft.first]) if draft.first == draft.last else [draft])
    return result


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


# numbers alone opening a clause, then its verb: "4 and 6 fell", "2 was remitted"
_BARE_NUMBERS = re.compile(
    rf"\s*(?:and\s+|but\s+|while\s+)?(?P<numbers>{ITEM_NUMBER}(?:\s*(?:,|and|&)\s*{ITEM_NUMBER})*)\s+(?=[a-z])"
)


@cache
def _decided_group() -> re.Pattern[str]:
    """ "motions 3 and 7", "rule changes 4b, 6 and 9": what a decision verb took, a plural item noun (with a word
    before it) over two or more numbers."""
    nouns = either(decisions_vocabulary().clauses.items)
    return re.compile(
        rf"(?P<noun>(?:[\w'’-]+\s+)?(?:{nouns}))s\s+(?P<numbers>{ITEM_NUMBER}(?:\s*(?:,|and|&)\s*{ITEM_NUMBER})+)\b",
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
