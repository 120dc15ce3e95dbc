"""A decision told by a bare verb after the item the body considered: "The EC considered a request from the Scottish
region to hold its conference in Dundee and agreed.", "The committee discussed the draft budget and approved." -
the decision is on what was considered (minutes' "considered ... and agreed")."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.sentence.reading import kind_of
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either

_FLAGS = re.IGNORECASE


def considered_before(text: str, decision: re.Match[str]) -> str:
    """The item the body considered before "and" and the decision verb that takes no object of its own; "" when the
    words between the body and the verb consider nothing, or nothing put (a proposal, a request, a report)."""
    considered = _considered().fullmatch(text, decision.end("subject"), decision.start("verb"))
    if considered is None or kind_of(considered["item"])[0] is None:
        return ""  # "considered the situation in Gaza and agreed": agreeing a view, no item put
    return considered["item"]


@cache
def _considered() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    verbs = either(v.consideration_verbs, v.debate_verbs)
    return re.compile(
        rf"\s+(?:\w+ly\s+)?(?:{verbs})\s+(?P<item>(?:the|a|an|its|their|our|two|three)\s[^;:]+?),?\s+and\s+(?:then\s+)?",
        _FLAGS,
    )
