"""Items counted together and told one by one: "We had two motions." is two; "The first, from Riverside
branch, ..." and "The second ... was rejected" are each one of them, in order."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache

from nec_extract.extractors.motions.records.draft import Draft
from nec_extract.extractors.motions.sentence.people import People
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of
from nec_extract.extractors.motions.this_meeting.set_against import contrast_lead
from nec_extract.extractors.votes import find_outcomes
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.lexicon.numbers import numbers_vocabulary
from nec_extract.language.numbers import count_value
from nec_extract.language.spaces import two_spaces_behind
from nec_extract.language.text import Sentence
from nec_extract.models import Outcome

_FLAGS = re.IGNORECASE
# the most items a report counts together ("the three emergency motions")
_MOST_COUNTED = 10


@cache
def count_words(most: int) -> str:
    """The words that count two to ``most`` items ("both", "the pair", "two", "three" ...), as an alternation."""
    numbers = tuple(word for word, n in numbers_vocabulary().units.items() if 2 <= n <= most)
    return either(decisions_vocabulary().motions.pair_words, numbers)


@cache
def _count_before() -> re.Pattern[str]:
    counts = count_words(_MOST_COUNTED)
    not_of = two_spaces_behind(r"(?<!\bof\s)", r"(?<!\bof\sthe\s)")
    return re.compile(rf"{not_of}\b(?P<n>{counts})\s+(?:[\w-]+\s+){{0,2}}$", _FLAGS)


def items_counted(words: str, at: int | None = None) -> int:
    """How many items a counted plural names: "both amendments" 2, "the three emergency motions" 3, "one of
    the two motions" 1, else 1. ``at`` is where the motion noun starts, when already known."""
    if at is None:
        _, at = kind_of(words)
    count = _count_before().search(words[: max(at, 0)])
    plural = re.match(r"(?:[\w-]+\s+)?[\w-]+s\b", words[max(at, 0) :])  # "both a motion and a rule change": 1
    if at < 0 or count is None or plural is None or _a_contest(plural.group()):
        return 1
    return count_number(count["n"]) or 1


def floated_count(before: str) -> int:
    """How many items a quantifier floated after their subject counts: "The climate and housing motions were both
    carried", "The three amendments all fell" ("all" with a number); else 1."""
    found = _floated().search(before)
    return (count_number(found["pair"] or found["n"]) or 1) if found else 1


@cache
def _floated() -> re.Pattern[str]:
    numbers = tuple(word for word, n in numbers_vocabulary().units.items() if 2 <= n <= _MOST_COUNTED)
    counts = rf"(?P<pair>{either(decisions_vocabulary().motions.pair_words)})|all\s+(?P<n>{either(numbers)})"
    be = either(grammar_vocabulary().past_be_forms)
    # after the subject, not a subject itself ("..., and both were agreed": "both" the pronoun)
    subject_before = r"(?<=\w\s)(?<!\band\s)(?<!\bbut\s)(?<!\bor\s)"
    return re.compile(rf"{subject_before}(?:(?:{be})\s+)?(?:{counts})\s+(?:(?:{be})\s+)?(?:\w+ly\s+)?$", _FLAGS)


def _a_contest(noun: str) -> bool:
    """ "two nominations", "three candidates": the people standing in one election, decided once; "three budget
    options", "two models": the choices for one question, decided once too."""
    v = decisions_vocabulary().motions
    return noun.split()[-1].lower() in (*v.contest_nouns, *v.alternatives_nouns)


def contest_counted(reading: Reading) -> bool:
    """The sentence names the people standing in a contest ("two nominations", "three candidates") and a candidate's
    votes ("Ann received 21 votes"): the contest was decided."""
    noun = reading.noun or ""
    return bool(noun) and _a_contest(noun) and _candidate_votes().search(reading.sentence.text) is not None


@cache
def _candidate_votes() -> re.Pattern[str]:
    verbs = either(decisions_vocabulary().tallies.candidate_count_verbs)
    return re.compile(rf"\b(?:{verbs})\s+(?:\w+\s+)?\d+\s+votes?\b", _FLAGS)


def count_number(word: str) -> int:
    """The number a count word says: "both" and "the pair" 2, "three" 3, "3" 3; else 0."""
    return 2 if word.lower() in decisions_vocabulary().motions.pair_words else count_value(word) or 0


def one_each(drafts: list[Draft], reading: Reading) -> list[Draft]:
    """A single motion put to the meeting in a sentence that counts its items ("We had two motions.", "Two
    motions came to us from the women's conference") becomes one per item, for what follows to settle; counted
    items whose results the same sentence shares among them ("Four motions were debated; two were carried and two
    were lost") become one per item with its share."""
    if len(drafts) != 1 or reading.kind is None:
        return drafts
    items, first = items_counted(reading.sentence.text, reading.kind_at), drafts[0]
    if first.outcome is not Outcome.UNKNOWN:
        shares = split_results(reading, items, after=_clause_break(reading)) if items > 1 else None
        if shares:
            return [replace(first, outcome=outcome, vote=None) for outcome in shares]
        return [first, *(replace(first) for _ in range(items - 1))] if _one_result_for_all(reading) else drafts
    return [first, *(replace(first, people=People(strong=first.people.strong)) for _ in range(items - 1))]


def _one_result_for_all(reading: Reading) -> bool:
    """ "We put forward two amendments, and they were both defeated", "..., which were all agreed", "..., and both
    fell": the sentence's one result, told of every item it counted."""
    results = [o for o in reading.outcomes if not o.hedged]
    return len(results) == 1 and _every_item_subject().search(reading.sentence.text, 0, results[0].start) is not None


@cache
def _every_item_subject() -> re.Pattern[str]:
    subjects = either(decisions_vocabulary().motions.every_item_subjects, ("which",))
    floated = either(grammar_vocabulary().floated_quantifiers)
    be = r"(?:were|have\s+been)"
    told = rf"(?:{subjects})(?:\s+{be})?(?:\s+(?:{floated}))?|{be}\s+(?:{floated})"
    return re.compile(rf"\b(?:{told})\s+(?:\w+ly\s+)?$", _FLAGS)


def _clause_break(reading: Reading) -> int:
    """Where the clause that counts the items ends, before the first result: "Four motions were debated; two ..."."""
    first = next((o.start for o in reading.outcomes if not o.hedged), 0)
    return max(reading.sentence.text.rfind(mark, 0, first) for mark in ";:,–—")


def _the_ordinal_item() -> str:
    """ "the second, from the retired members' section", "the third proposal", "the third was withdrawn": the ordinal
    stands alone, names a motion noun or is the subject of its result, not "the first count" or "the second time"."""
    v = decisions_vocabulary().motions
    ordinals = either(tuple(v.ordinals))
    of_which = either(grammar_vocabulary().decisions.ordinal_of_pronouns)
    # "The third was withdrawn", "the last fell": the ordinal as the subject of its result
    told = r"was|were|went|fell|passed|failed|then|also"
    item = rf"\s*[,(:]|\s+(?:one|{told}|of\s+(?:{of_which}|the\s+\w+)|(?:[\w-]+\s+)?(?:{either(v.anaphoric_nouns)}))\b"
    return rf"the\s+(?P<ordinal>{ordinals})(?={item})"


@cache
def _ordinal() -> re.Pattern[str]:
    """ "The second, from the retired members' section, ...", "The third proposal ...": which of the items."""
    return re.compile(rf"^\W*{contrast_lead()}?{_the_ordinal_item()}", _FLAGS)


@cache
def _counted_then_ordinal() -> re.Pattern[str]:
    """ "Two amendments were considered: the first, ...": a short count closed by its colon, then the first item;
    "Two motions were heard: one was passed, the other fell": "one" as the first of them."""
    one = r"one(?=\s+(?:was|were|went|fell|passed|failed)\b)"
    return re.compile(rf"^\W*[^:;.\n]{{1,80}}:\s*(?P<item>{_the_ordinal_item()}|{one})", _FLAGS)


@cache
def _next_ordinal() -> re.Pattern[str]:
    """ "...; the second, on fees, fell", "..., and the third was lost", "... fell but the second was carried", "...;
    however, the other was agreed": the next item told in the same sentence."""
    lead = contrast_lead()
    return re.compile(rf"(?:;\s*(?:and\s+)?{lead}?|,?\s+(?:and\s+|{lead}))(?P<next>{_the_ordinal_item()})", _FLAGS)


def ordinal_parts(sentence: Sentence) -> list[Sentence]:
    """A sentence that tells several counted items in turn ("The first, on pay, was carried; the second, on fees,
    fell.") as one sentence per item; any other sentence as it is."""
    text = sentence.text
    opening = _ordinal().match(text) or _counted_then_ordinal().match(text)
    if opening is None:
        return [sentence]
    # "Two amendments were considered: the first ...": the count is a sentence of its own, before the items
    first = opening.start("item") if opening.re is _counted_then_ordinal() else 0
    joins = {m.start("next"): m.start() for m in _next_ordinal().finditer(text)}  # the next item's joining words
    cuts = sorted({0, first, *joins, len(text)})
    parts = [(a, len(text[: joins.get(b, b)].rstrip(" ,;"))) for a, b in itertools.pairwise(cuts)]
    return [Sentence(sentence.start + a, sentence.start + b, text[a:b]) for a, b in parts]


def ordinal_of(reading: Reading) -> int | None:
    """Which item the sentence opens by naming (1 for "The first, ..."; -1 for "the last"), or None."""
    match = _ordinal().match(reading.sentence.text)
    if match is None:
        return None
    return decisions_vocabulary().motions.ordinals[match["ordinal"].lower()]


def split_results(reading: Reading, items: int, after: int = 0) -> list[Outcome] | None:
    """ "Two were carried and one was lost", "One was agreed; the others fell": the results of items counted
    together, shared among them in turn, one outcome for each item (None unless the counts cover them all). The
    shares begin at ``after``."""
    phrases = [o for o in reading.outcomes if not o.hedged and o.start >= after]
    if len(phrases) < 2 or items < 2 or after < 0:
        return None
    text = reading.sentence.text
    results: list[Outcome] = []
    for phrase in phrases:
        share = _share_subject().fullmatch(text, after, phrase.start)
        left = items - len(results)
        count = _share_count(share["count"], items, left) if share else 0
        if not 0 < count <= left:
            return None
        results += [phrase.outcome] * count
        after = phrase.end
    return results if len(results) == items else None


def item_result(item: Sentence) -> Outcome | None:
    """The result an item named in turn states of itself ("One, from Unite, was accepted; the other fell"), if any."""
    said = [phrase for phrase in find_outcomes(item.text) if not phrase.hedged]
    return said[-1].outcome if said else None


@cache
def _share_subject() -> re.Pattern[str]:
    """What stands before each result of a split: "Two were", ", and one was", "; the others"."""
    return re.compile(
        r"(?:\s*(?:by\s+)?\d{1,3}(?:\s*[-–—]\s*|\s+(?:votes?\s+)?to\s+)\d{1,3}(?:\s+votes?)?)?"  # the tally before
        r"\W*(?:(?:and|but|while|whereas)\s+)?"
        rf"(?P<count>(?:the\s+)?other\s+(?:{count_words(_MOST_COUNTED)})\b|(?:the\s+)?(?:other|others|rest|remainder|last)"
        rf"|(?:the\s+)?(?:first|last)\s+(?:{count_words(_MOST_COUNTED)})\b|the\s+(?:{_later_ordinals()})\b|(?:the\s+)?remaining(?:\s+[\w-]+)?|all\s+but\s+one|[\w-]+)"
        r"(?:\s+of\s+them|\s+others?)?"
        # what the share is about, set off: "Two of them – on water and on rail – were agreed", "the third, on fees,"
        r"(?:\s*(?:,|[–—]|\s-)\s*(?:on|about|from|calling|which|that|by)\b[^;:,–—]{1,80}?(?:,|[–—]|\s-))?"
        r"\s+(?:(?:was|were|has\s+been|have\s+been|then|also|\w+ly)\s+)*",
        _FLAGS,
    )


def _later_ordinals() -> str:
    """ "second", "third" ...: the ordinals that can name a later share of items counted together."""
    return either(tuple(word for word, n in decisions_vocabulary().motions.ordinals.items() if n >= 2))


def _share_count(words: str, items: int, left: int) -> int:
    """How many items the subject of one result counts: "two" 2, "the other" 1, "the rest" all that are left."""
    words = " ".join(words.lower().split())
    if words.startswith(("the rest", "the others", "the remaining", "the remainder", "remaining", "others", "rest")):
        return left
    if words in ("the other", "other", "the last", "last"):
        return 1
    if words.startswith(("the other ", "other ", "the first ", "first ", "the last ", "last ")):  # "the first two"
        return count_value(words.rpartition(" ")[2]) or 0
    if words == "all but one":
        return items - 1
    ordinal = decisions_vocabulary().motions.ordinals.get(words.removeprefix("the "))
    if ordinal is not None and words.startswith("the "):  # "the third", of three, when two are shared out already
        return 1 if ordinal == items - left + 1 else 0
    return count_value(words) or 0
