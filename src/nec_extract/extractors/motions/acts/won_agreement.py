"""A decision someone won from the meeting, told as the agreement won: "I secured agreement that the freeze date
would be reviewed", "We won agreement for a review of the complaints process", "got agreement to publish the
minutes", "managed to secure a commitment to hold hustings"; or told as the change the author's side won: "We won an
increase in the number of CLP places", "I secured an extension to the deadline". The meeting agreed: carried.

Not decisions: an agreement won from someone else ("secured agreement from the employer"), an agreement with no
content ("won agreement" alone), one not won ("failed to secure agreement" is read by the refusal verbs), a change
won by anyone but the author's side ("Labour won an increase in its vote"), or with no content ("we won a review").
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
    if won is None:
        return _change_won(verb)
    if _from_another(verb, won):
        return None
    content = [
        c
        for c in won.children
        if c.dep_ in ("acl", "ccomp", "relcl") or (c.dep_ == "prep" and c.lower_ in ("for", "to", "on"))
    ]
    return won if content else None


def _change_won(verb: Token) -> Token | None:
    """ "We won an increase in the number of CLP places", "I secured an extension to the deadline": a change with its
    content, won by the author's side."""
    words = decisions_vocabulary().clauses
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in words.change_winners:
        return None
    won = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in words.won_changes), None)
    # "an increase in funding from the regional office": given by someone, not decided by the meeting
    if won is None or _from_another(verb, won) or _from_another(won, *(t for t in won.subtree if t.dep_ == "pobj")):
        return None
    told = any(c.dep_ == "prep" and c.lower_ in _CHANGE_PREPOSITIONS for c in won.children)
    return won if told else None


# what a change is to: "an increase in the number", "an extension to the deadline", "a cut of £5"
_CHANGE_PREPOSITIONS = ("in", "to", "of", "for", "on")


def _from_another(*heads: Token) -> bool:
    """ "secured agreement from the employer": won from someone, not decided by the meeting."""
    # "from 6 to 9": the change's range, no one it was won from
    return any(
        c.dep_ == "prep" and c.lower_ == "from" and not any(o.like_num for o in c.children)
        for head in heads
        for c in head.children
    )


def winning_phrase(text: str) -> bool:
    """The cheap check before the parse: a winning verb right before an agreement noun ("secured agreement", "won
    a commitment")."""
    return bool(_winning().search(text))


@cache
def _winning() -> re.Pattern[str]:
    words = decisions_vocabulary().clauses
    return re.compile(
        rf"\b(?:{either(words.winning_forms)})\s+(?:\w+\s+){{0,2}}?(?:{either(words.won_nouns, words.won_changes)})\b",
        re.IGNORECASE,
    )
