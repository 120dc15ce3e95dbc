"""Elections by the meeting: one motion per "X was elected ROLE" clause."""

from __future__ import annotations

import re

from nec_extract.extractors.motions.draft import Draft
from nec_extract.extractors.motions.reading import Reading
from nec_extract.language.people import clean_name
from nec_extract.models import MotionKind, Outcome


def election_drafts(index: int, reading: Reading, matches: list[re.Match[str]]) -> list[Draft]:
    """One motion per "X was elected ROLE" clause of the sentence."""
    text = reading.sentence.text
    drafts = []
    for number, match in enumerate(matches):
        start = match.start("who")
        end = matches[number + 1].start() if number + 1 < len(matches) else len(text)
        clause = text[start:end]
        clause = re.sub(r"\s+and\s+(?:[\w'’]+\s+){0,2}$", "", clause)
        who = match["who"]
        person = "the author" if who == "I" else (clean_name(who) or who)
        role = text[match.end("who") : match.end()].split("elected", 1)[-1].strip()
        summary = f"election of {person}" + (
            "" if re.match(r"(?:by|unopposed|unanim|without|nem|on)\b", role) else f" as {role}"
        )
        draft = Draft(index, index, MotionKind.OTHER, summary, reading.people, Outcome.CARRIED)
        draft.vote = reading.votes[-1] if reading.votes and len(matches) == 1 else None
        draft.start = reading.sentence.start + (0 if number == 0 else start)
        draft.end = reading.sentence.start + start + len(clause.rstrip())
        drafts.append(draft)
    return drafts
