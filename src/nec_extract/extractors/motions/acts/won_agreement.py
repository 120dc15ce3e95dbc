"""A decision someone won from the meeting, told as the agreement won: "I secured agreement that the freeze date
would be reviewed", "We won agreement for a review of the complaints process", "got agreement to publish the
minutes", "managed to secure a commitment to hold hustings". The meeting agreed: carried.

Not decisions: an agreement won from someone else ("secured agreement from the employer"), an agreement with no
content ("won agreement" alone), one not won ("failed to secure agreement" is read by the refusal verbs).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from nec_extract.language.lexicon.decisions import decisions_vocabulary, either

if TYPE_CHECKING:
    from spacy.tokens import Token


def agreement_won(verb: Token) -> Token | None:
    """The agreement the verb says was won, when it has content of its own ("to publish ...", "for a review",
    "that the date would be reviewed"); else None."""
    words = decisions_vocabulary().clauses
    if verb.lemma_.lower() not in words.winning_verbs or any(c.dep_ == "neg" for c in verb.children):
        return None
    won = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in words.won_nouns), None)
    if won is None or _from_another(verb, won):
        return None
    content = [
        c
        for c in won.children
        if c.dep_ in ("acl", "ccomp", "relcl") or (c.dep_ == "prep" and c.lower_ in ("for", "to", "on"))
    ]
    return won if content else None


def _from_another(verb: Token, won: Token) -> bool:
    """ "secured agreement from the employer": won from someone, not decided by the meeting."""
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in (*verb.children, *won.children))


def winning_phrase(text: str) -> bool:
    """The cheap check before the parse: a winning verb right before an agreement noun ("secured agreement", "won
    a commitment")."""
    return bool(_winning().search(text))


@cache
def _winning() -> re.Pattern[str]:
    words = decisions_vocabulary().clauses
    return re.compile(
        rf"\b(?:{either(words.winning_forms)})\s+(?:\w+\s+){{0,2}}?(?:{either(words.won_nouns)})\b", re.IGNORECASE
    )
