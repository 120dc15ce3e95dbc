"""The items one decision's object enumerates, each a decision of its own (SPEC Rulings: one motion per decision):
"motions on housing, on pensions and on climate", "two rule changes, the first ... and the second ...", "two
changes: one ..., and one ...", "three selections (Leeds North, Hove and Stroud)", "both the budget and the
capital programme".

Read from the tagged tokens of the object, after a plural item noun (or a "both"), so that "fees and charges" or
"a motion on housing and pensions" stay one item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from nec_extract.extractors.motions.sentence.patterns import numbered_item
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token

_SEPARATORS = (",", "and", ";", ":", "–", "—", "-")
_LEAST = 2


def enumerated_items(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character offsets (within the sentence) of each item the object tokens enumerate; [] for one item."""
    for reader in (_ordinals, _repeated_preposition, _parenthesised, _both_and, _determined_list):
        items = reader(tokens)
        if len(items) >= _LEAST:
            return items
    return []


def _plural_item(tokens: Sequence[Token]) -> int | None:
    """Where the first plural item noun of the object is ("rule changes", "motions"), or a counted plural ("three
    selections")."""
    items = decisions_vocabulary().clauses.items
    return next(
        (
            n
            for n, t in enumerate(tokens)
            if t.tag_ == "NNS" and (t.lemma_.lower() in items or any(c.dep_ == "nummod" for c in t.children))
        ),
        None,
    )


def _spans(tokens: Sequence[Token], starts: list[int], end: int) -> list[tuple[int, int]]:
    """The items from each start token to the next (or to ``end``), without the separators between them."""
    spans = []
    for number, first in enumerate(starts):
        last = (starts[number + 1] if number + 1 < len(starts) else end) - 1
        while last > first and tokens[last].lower_ in (*_SEPARATORS, ")", "."):
            last -= 1
        spans.append((tokens[first].idx, tokens[last].idx + len(tokens[last].text)))
    return spans


def _ordinals(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """ "two rule changes, the first lowering ... and the second extending ...", "one ..., and one ..."."""
    head = _plural_item(tokens)
    if head is None:
        return []
    ordinals = decisions_vocabulary().motions.ordinals
    starts = [
        n
        for n in range(head + 1, len(tokens))
        if (tokens[n].lower_ in ordinals and n > 0 and tokens[n - 1].lower_ == "the")
        or (tokens[n].lower_ == "one" and tokens[n - 1].lower_ in _SEPARATORS)
    ]
    starts = [n - 1 if tokens[n - 1].lower_ == "the" else n for n in starts]
    return _spans(tokens, starts, len(tokens)) if len(starts) >= _LEAST else []


def _repeated_preposition(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """ "motions on housing, on pensions and on climate": the preposition after the plural, said again."""
    head = _plural_item(tokens)
    if head is None or head + 1 >= len(tokens) or tokens[head + 1].pos_ != "ADP":
        return []
    preposition = tokens[head + 1].lower_
    starts = [head + 1] + [
        n
        for n in range(head + 2, len(tokens))
        if tokens[n].lower_ == preposition and tokens[n - 1].lower_ in _SEPARATORS
    ]
    return _spans(tokens, starts, len(tokens)) if len(starts) >= _LEAST else []


def _parenthesised(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """ "three selections (Leeds North, Hove and Stroud)": a list in brackets after a plural item."""
    head = _plural_item(tokens)
    opening = next((n for n in range(head or 0, len(tokens)) if tokens[n].text == "("), None)
    if head is None or opening is None or opening - head > _NEAR_HEAD:
        return []
    closing = next((n for n in range(opening, len(tokens)) if tokens[n].text == ")"), None)
    if closing is None:
        return []
    starts = [opening + 1] + [n + 1 for n in range(opening + 1, closing - 1) if tokens[n].lower_ in (",", "and")]
    starts = [n for n in starts if tokens[n].lower_ not in _SEPARATORS]
    return _spans(tokens, starts, closing) if len(starts) >= _LEAST else []


_NEAR_HEAD = 5  # "three selections for the spring (...)": the brackets follow the plural closely


def _both_and(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """ "both the budget and the capital programme": two items, each with its own determiner."""
    both = next((n for n, t in enumerate(tokens) if t.dep_ == "preconj" and t.lower_ == "both"), None)
    if both is None:
        return []
    joined = next((n for n in range(both + 1, len(tokens)) if tokens[n].lower_ == "and"), None)
    if joined is None or joined + 1 >= len(tokens) or tokens[joined + 1].pos_ != "DET":
        return []
    end = next((n for n in range(joined + 1, len(tokens)) if tokens[n].lower_ in (",", ";", ".")), len(tokens))
    return _spans(tokens, [both + 1, joined + 1], end)


_LEAST_LISTED = 3


def _determined_list(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """ "the budget, the conference timetable and a new code of conduct": three or more nouns coordinated, each
    with its own determiner (not "fees and charges", nor "the minutes and the accounts")."""
    head = next((n for n, t in enumerate(tokens) if t.dep_ in ("dobj", "nsubjpass")), None)
    if head is None:
        return []
    chain = [tokens[head]]
    while True:
        nxt = next((c for c in chain[-1].children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None)
        if nxt is None:
            break
        chain.append(nxt)
    if len(chain) < _LEAST_LISTED or not all(any(c.dep_ == "det" for c in t.children) for t in chain):
        return []
    positions = {t.i: n for n, t in enumerate(tokens)}
    starts = [positions[t.left_edge.i] for t in chain if t.left_edge.i in positions]
    return _spans(tokens, starts, len(tokens)) if len(starts) == len(chain) else []


def items_taken_together(text: str, subject: str, outcome_start: int, outcome_end: int) -> list[str]:
    """ "The meeting dates and the terms of reference were agreed as a block", "The budget and the timetable were
    both approved": two items, each with its own determiner, decided in one go, are one decision each; [] else
    ("The minutes and the accounts were agreed" stays one)."""
    together = either(decisions_vocabulary().motions.taken_together)
    after = re.match(rf"\s+(?:{together})\b", text[outcome_end:], re.IGNORECASE)
    before = re.search(rf"\b(?:{together})\s+(?:\w+ly\s+)?$", text[:outcome_start], re.IGNORECASE)
    if after is None and before is None:
        return []
    determiners = either(grammar_vocabulary().decisions.own_item_determiners)
    # an item named by its number ("Motion 12 on housing") is as much its own item as one with a determiner
    named = rf"(?:{determiners})\s|{numbered_item()}\b"
    parts = re.split(rf"\s+and\s+(?={named})", subject, flags=re.IGNORECASE)
    # "committee memberships and the meeting dates": the first has no determiner of its own, so both are one item
    lead = text[: max(text.find(subject), 0)]  # the summary may have left out the item's "The"
    own = re.search(rf"\b(?:{determiners})\s+$", lead, re.IGNORECASE) or re.match(
        rf"\W*(?:{named}|[\w'’-]+['’]s\s)", subject, re.IGNORECASE
    )
    return [part.strip(" ,") for part in parts] if len(parts) == _LEAST and own else []
