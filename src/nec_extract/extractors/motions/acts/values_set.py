"""A value the meeting set: "The NEC fixed the fee at £25", "set the deadline for nominations as 30 June", "fixed the
date of the AGM for 5 June" — a setting verb, its object, and a preposition taking a figure or a date. Not "set the
agenda for the year" (no figure), nor "set up" / "set out" (verbs of their own)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.language.lexicon.decisions import decisions_vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token


def value_set(verb: Token) -> bool:
    """Whether the verb sets its object to a figure or a date."""
    words = decisions_vocabulary().clauses
    if verb.lemma_.lower() not in words.setting_verbs or any(c.dep_ == "prt" for c in verb.children):
        return False
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return value_after(verb)


def value_after(verb: Token) -> bool:
    """A setting preposition and a figure after the verb: "at £25", "as 30 June" ("The fee was set at £25")."""
    words = decisions_vocabulary().clauses
    # the preposition may hang on the verb or the object ("the deadline for nominations as 30 June")
    tokens = list(verb.subtree)
    return any(
        t.lower_ in words.setting_prepositions and t.i > verb.i and any(_a_figure(n) for n in tokens[at + 1 : at + 3])
        for at, t in enumerate(tokens)
    )


def _a_figure(token: Token) -> bool:
    """A number, an amount or a day: "£25", "4.99", "30 June", "five"."""
    return token.like_num or token.tag_ == "CD" or token.tag_ == "$"
