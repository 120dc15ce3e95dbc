"""Tallies of members voting at a workplace, in a sector or an area ("Members at the Camden depot voted 120 to 14
for action", "Members in the bus sector voted by 3 to 1 to accept the offer"): the members' own vote, reported to
the meeting, not a vote of the meeting (SPEC: Votes, tallies of other meetings or bodies)."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.lexicon.decisions import decisions_vocabulary, either


def members_voted_elsewhere(before: str) -> bool:
    """Whether the clause before a tally has members placed elsewhere voting ("members at the depot voted")."""
    return _placed_members_voting().search(before) is not None


@cache
def _placed_members_voting() -> re.Pattern[str]:
    v = decisions_vocabulary()
    placed = either(v.motions.members_placed_by)
    gathered = either(v.motions.members_gathered)
    # the members' verb in the past: "voted", "backed", "rejected"
    return re.compile(
        rf"\bmembers\s+(?:{placed})\s+(?!(?:the\s+)?(?:{gathered})\b)[^,;.:]{{1,60}}?\s+[a-z]+ed\b[^,;.:]*$",
        re.IGNORECASE,
    )
