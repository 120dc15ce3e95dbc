"""Officers laid out one to a line under the words that say they were chosen ("The following were elected
unopposed:" over "Secretary – Ann Lee" / "Chair: Raj Dev"): each line is one election by the meeting. A line with
more than a person ("Youth Officer – vacant", "Chair: A (nominated by B) – elected") is read as it is told, and keeps
the layout going; without an intro that says the
meeting chose them, such lines only list who holds which post."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.elections.elections import election_intro, role_head
from nec_extract.extractors.motions.records.draft import Draft
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.extractors.motions.walk.walk_state import WalkState
from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.language.people import clean_name, minuted_name_re
from nec_extract.models import MotionKind, Outcome


def officer_line(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "Deputy Leader: Cllr Beth Wood" under "The following officers were elected:": the person chosen for the post."""
    line = _post_line(reading.sentence.text)
    if line is None:
        return _closes_the_lines(walk, index, reading)
    intro = _election_intro_above(walk, index)
    if intro is None and not _closer_below(walk, index):
        return False
    person = re.match(rf"(?P<who>{minuted_name_re()})\s*(?:\([^()]*\))?\s*\.?$", line["rest"])
    if person is None:
        return False  # "Welfare Officer – vacant", "Chair: A (nominated by B) – elected": read as they are told
    walk.close_open()
    if walk.drafts and walk.drafts[-1].first == intro == walk.drafts[-1].last:
        walk.drafts.pop()  # "We appointed these officers:" is told by its lines, one decision each
    name = clean_name(person["who"]) or person["who"]
    summary = f"election of {name} as {line['post'].strip()}"
    walk.recent = Draft(index, index, MotionKind.OTHER, summary, reading.people, Outcome.CARRIED)
    walk.drafts.append(walk.recent)
    return True


def _election_intro_above(walk: WalkState, index: int) -> int | None:
    """The intro the lines above start at, back past the other posts' lines, saying that the meeting chose them: a
    sentence ending in a colon ("The following were elected:") or a heading ("Election of officers"); its index."""
    for above in range(index - 1, -1, -1):
        text = walk.readings[above].sentence.text.strip()
        if _post_line(text) is None:
            chose = (text.endswith(":") and election_intro(text)) or _election_heading(text)
            return above if chose else None
    return None


def _election_heading(text: str) -> bool:
    """ "Election of officers", "Officers elected 2025": a short line with no end stop, naming the choosing."""
    return len(text.split()) <= _HEADING_WORDS and not re.search(r"[.!?;:]$", text) and bool(_CHOOSING.search(text))


_HEADING_WORDS = 6
_CHOOSING = re.compile(r"\b(?:re-?)?(?:elect(?:ed|ions?)|appoint(?:ed|ments?)|co-?opt(?:ed|ions?))\b", re.IGNORECASE)

# "All were elected unopposed.", "All of the above were re-elected.": a line closing the posts' lines
_CLOSER = re.compile(
    r"\W*(?:all|both|each|the above|these|they)\b[^.;:]{0,30}?\b(?:re-?)?(?:elected|appointed|returned|co-?opted)\b",
    re.IGNORECASE,
)


def _closer_below(walk: WalkState, index: int) -> bool:
    """The lines below, past the other posts' lines, end at a line that says they were all chosen."""
    for below in range(index + 1, len(walk.readings)):
        text = walk.readings[below].sentence.text.strip()
        if _post_line(text) is None:
            return _CLOSER.match(text) is not None
    return False


def _closes_the_lines(walk: WalkState, index: int, reading: Reading) -> bool:
    """The closing line, once its posts' lines were read as elections: it tells no decision of its own."""
    above = walk.recent
    return (
        above is not None
        and above.first == index - 1
        and _post_line(walk.readings[index - 1].sentence.text) is not None
        and _CLOSER.match(reading.sentence.text.strip()) is not None
    )


def _post_line(text: str) -> re.Match[str] | None:
    """A post, a colon or dash, and what follows it on the line: "Branch Secretary – Gail Robson"."""
    line = _post_and_rest().fullmatch(text.strip())
    return (
        line if line is not None and role_head(line["post"]) in decisions_vocabulary().motions.election_roles else None
    )


@cache
def _post_and_rest() -> re.Pattern[str]:
    return re.compile(r"\W*(?P<post>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s*(?::|\s[–—-])\s*(?P<rest>[^:\n]{1,80})")
