"""A side taken by a preposition and its noun: "voted in favour of the motion", "voted overwhelmingly in favour of
it" (the words are the vote labels for a side, "in favour", read as a preposition and the noun it takes)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from nec_extract.language.lexicon.decisions import decisions_vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token


def favoured_item(verb: Token) -> Token | None:
    """What the verb takes a side for with a preposition and its noun ("the motion" in "voted in favour of the
    motion"), if it does."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and (prep.lower_, c.lower_) in _sides_for()):
            # "of" under the noun, or (as the parse often has it) under the verb right after the noun
            after = [c for c in (*noun.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "of"]
            of = [o for c in after if c.head is noun or c.i == noun.i + 1 for o in c.children]
            item = next((o for o in of if o.dep_ in ("pobj", "pcomp")), None)
            if item is not None:
                return item
    return None


@cache
def _sides_for() -> frozenset[tuple[str, str]]:
    """The labels for a vote's yes that are a preposition and a noun ("in favour"), as (preposition, noun)."""
    labels = decisions_vocabulary().tallies.labels.for_
    pairs = [label.lower().split() for label in labels]
    return frozenset((pair[0], pair[1]) for pair in pairs if len(pair) == 2)
