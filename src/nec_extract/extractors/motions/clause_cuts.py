"""Where a clause that states a motion of its own starts inside a sentence: a new subject with its own result ("...,
and the motions were carried"), or an item decided first, told after the result it led to ("The motion was carried
after an amendment from Jo was lost")."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.coded_items import CODE
from nec_extract.extractors.motions.patterns import numbered_item
from nec_extract.extractors.motions.reading import kind_of
from nec_extract.extractors.votes import find_outcomes
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary

_FLAGS = re.IGNORECASE
_NOUN_WITHIN = 40  # characters from the determiner to the item's noun: "an opposition amendment", "the NEC's motion"


def earlier_item_cuts(text: str) -> list[int]:
    """Where a clause opens that tells an item's own result after the sentence's result: the place of "after" in
    "It was agreed by 19 votes to 14 after an amendment to add two places was defeated" (none when the clause's
    subject is not an item, "after the mover accepted it", or when either side has no result of its own)."""
    return [m.start() for m in _opener().finditer(text) if _an_item_decided(text, m.start(), m.end())]


def _an_item_decided(text: str, at: int, noun_from: int) -> bool:
    kind, kind_at = kind_of(text[noun_from:])
    if kind is None or kind_at > _NOUN_WITHIN:
        return False
    return _has_result(text[:at]) and _has_result(text[noun_from + kind_at :])


def _has_result(text: str) -> bool:
    return any(not o.hedged for o in find_outcomes(text))


@cache
def _opener() -> re.Pattern[str]:
    openers = either(decisions_vocabulary().motions.earlier_item_openers)
    determiners = either(grammar_vocabulary().decisions.summary_determiners)
    return re.compile(rf"(?<=\w)[,]?\s+(?:{openers})\s+(?:{determiners})\s+", _FLAGS)


def new_subject_cuts(text: str) -> list[int]:
    """Where "and" or a comma starts a clause with a subject of its own: "... and the motions were carried",
    "The motion on pay was carried, the motion on fees fell", "..., while a call for a review was defeated"."""
    return [m.start() for m in _new_subject().finditer(text)]


@cache
def _new_subject() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    results = either(v.active_outcome_verbs, v.active_defeat_verbs)
    g = grammar_vocabulary().decisions
    numbered = numbered_item()  # "... and Motion 5 was lost": an item by its number
    # ", while a call for a review of allowances was defeated": after a contrast the subject may run longer
    contrast = rf"(?<=,)\s+(?:{either(g.new_subject_contrasts)})\s+"
    return re.compile(
        rf"(?:(?<=\s)and\s+|(?<=,)\s+)(?=(?:{either(g.new_subject_determiners)}|{numbered})\s+(?:[\w'’-]+\s+){{0,6}}?"
        rf"(?:{either(g.new_subject_be_forms)}|{results})\b)"
        rf"|{contrast}(?=(?:{either(g.new_subject_determiners)}|{numbered})\s+(?:[\w'’-]+\s+){{0,10}}?"
        rf"(?:{either(g.new_subject_be_forms)}|{results})\b)"
        # "..., and NR/8 and the proposed change to rule 14 were both withdrawn": an item named by its code
        rf"|(?<=,)\s+and\s+(?={CODE}\s+(?:[\w'’/-]+\s+){{0,10}}?(?:{either(g.new_subject_be_forms)}|{results})\b)",
        re.IGNORECASE,
    )


def joins_label_to_resolution(text: str, cut: int) -> bool:
    """A break between a resolution's label and what it resolves ("... and it was RESOLVED – That the strategy be
    adopted", "The committee agreed: that officers write to the minister"): one decision, not two clauses."""
    return _label_before().search(text, 0, cut) is not None and _that_after().match(text, cut) is not None


@cache
def _label_before() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    return re.compile(rf"\b(?:{either(v.minutes_labels, v.recommended_labels)})\s*[:–—-]?\s*$", _FLAGS)


@cache
def _that_after() -> re.Pattern[str]:
    return re.compile(r"\s*[:–—-]?\s*that\b", _FLAGS)
