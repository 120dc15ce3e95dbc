"""A decision that declines the item it names: "agreed not to support the motion", "accepted none of the
amendments", "backed neither motion": the item is defeated; a decision not to do something else ("agreed not to
hold a ballot") is a decision carried."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.sentence.reading import kind_of
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either, pointing_pronouns

_FLAGS = re.IGNORECASE
_ITEM_WORDS = 8  # "none of the three emergency motions from branches": the item named within the first words


def declined(clause: str) -> bool:
    """ "not to support it", "not to endorse the report": the decision's infinitive declines to assent."""
    yes = either(decisions_vocabulary().motions.assent_verbs)
    return bool(re.match(rf"not\s+to\s+(?:\w+ly\s+)?(?:{yes})\b", clause, _FLAGS))


def declines_an_item(clause: str) -> bool:
    """The decision's words decline an item they name: "not to support the motion on rents", "none of the
    amendments", "neither motion"."""
    head = " ".join(clause.split()[:_ITEM_WORDS])
    return (declined(clause) or _none_of_them().match(clause) is not None) and kind_of(head)[0] is not None


def declines_it_or_an_item(clause: str) -> bool:
    """ "not to support it", "not to endorse the report": the infinitive declines to assent to the item just put or
    one it names; "not to hold hustings" declines nothing put (a decision carried)."""
    if not declined(clause):
        return False
    pronouns = pointing_pronouns()
    head = " ".join(clause.split()[:_ITEM_WORDS])
    return kind_of(head)[0] is not None or bool(re.match(rf"(?:\S+\s+){{3}}(?:{pronouns})\b", clause, _FLAGS))


@cache
def _none_of_them() -> re.Pattern[str]:
    v = decisions_vocabulary()
    return re.compile(
        rf"\W*(?!(?:{either(v.negative_determiner_idioms)})\b)(?:{either(v.negative_item_determiners)})\b", _FLAGS
    )
