"""Items one sentence names and then settles together with a counting subject: "The GC considered the budget and
the campaign plan, and both were approved", "We heard A, B and C; all three were carried". Each item is a decision
of its own (SPEC Rulings: each decision is one motion), with the result the summing clause tells.

The items are the nouns coordinated in the clause before the counting subject, each with its own determiner or
owner ("the budget and the campaign plan", not "the aims and objectives"), as many as the subject counts ("both"
two, "all three" three, "all" any).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from nec_extract.extractors.motions.clause.clause_filter import worth_parsing
from nec_extract.extractors.motions.items.counted import count_number
from nec_extract.extractors.motions.records.draft import Draft
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.models import Outcome

_LEAST = 2


def summed_up_items(drafts: list[Draft], readings: list[Reading]) -> list[Draft]:
    """The drafts with each one settled by a counting subject split into one draft per item it counts."""
    result: list[Draft] = []
    for draft in drafts:
        close = draft.last - draft.first <= 1 and draft.outcome is not Outcome.UNKNOWN
        items = _items_summed(readings[draft.first], readings[draft.last], draft.summary) if close else []
        told = sum(1 for d in drafts if d.first <= draft.last and draft.first <= d.last)  # already told apart
        result.extend(_one_each(draft, items) if len(items) >= _LEAST and told < len(items) else [draft])
    return result


def _one_each(draft: Draft, items: list[str]) -> list[Draft]:
    split = []
    for item in items:
        part = replace(draft, summary=item, kind=kind_of(item)[0] or draft.kind)
        part.start, part.end = draft.start, draft.end
        split.append(part)
    return split


def _items_summed(named: Reading, settled: Reading, summary: str) -> list[str]:
    """The items the sentence (or the clause before) names and the counting subject settles, as many as it counts;
    [] when the draft does not hold them all (items already told apart)."""
    text = named.sentence.text
    summing = _counting_subject().search(text) or _counting_subject().match(settled.sentence.text)
    if summing is None:
        return []
    count = count_number(summing["who"].split()[-1]) or None  # "both" 2, "all three" 3, "all" any
    end = summing.start() if summing.string is text else len(text)
    if not worth_parsing(named):  # parsed up front, or read no further
        return []
    thing = next((t for t in named.report.doc(named.sentence) if t.dep_ in _OBJECTS and t.idx < end), None)
    if thing is None:
        return []
    items = _own_items(text[thing.left_edge.idx : end])
    if len(items) < _LEAST or count not in (None, len(items)):
        return []
    # the draft holds them all, or is told by the counting subject alone ("...; all three were carried")
    held = items[-1] in summary or summary.strip(" ,;.").lower() == summing["who"].lower()
    return items if held else []


_OBJECTS = ("dobj", "nsubjpass")


def _own_items(words: str) -> list[str]:
    """ "a proposal to merge two wards and a motion on buses" two, "the accounts, the audit and the new policy"
    three: the items of a list, each opening with its own determiner ("the aims and objectives" is one)."""
    determiners = either(grammar_vocabulary().decisions.own_item_determiners)
    words = re.sub(r"[\s,;]+(?:and\s*)?$", "", words)
    if not re.match(rf"(?:{determiners})\s", words, re.IGNORECASE):
        return []
    return re.split(
        rf"\s*,\s*(?:and\s+)?(?=(?:{determiners})\s)|\s+and\s+(?=(?:{determiners})\s)", words, flags=re.IGNORECASE
    )


def sums_up_its_own(reading: Reading) -> bool:
    """The sentence names items of its own and settles them with a counting subject ("We considered the budget and
    the plan, and both were agreed"): not a result for items told before it."""
    text = reading.sentence.text
    summing = _counting_subject().search(text)
    if summing is None or summing.start() == 0:
        return False
    determiners = either(grammar_vocabulary().decisions.own_item_determiners)
    two = rf"\b(?:{determiners})\s[^,;]*?(?:,\s*|\s+and\s+)(?:{determiners})\s"
    return re.search(two, text[: summing.start()], re.IGNORECASE) is not None


@cache
def _counting_subject() -> re.Pattern[str]:
    """ ", and both were approved", "; all three were carried", "; all of them were agreed": a subject that counts
    the items named before it, at the head of a clause of its own."""
    subjects = either(decisions_vocabulary().motions.every_item_subjects)
    return re.compile(
        rf"(?:^\W*|,\s*(?:and\s+)?|;\s*|\s+and\s+)(?P<who>(?:{subjects}))\s+(?:were|have\s+been|was)\b",
        re.IGNORECASE,
    )
