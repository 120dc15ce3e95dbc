"""Officers laid out one to a line under the words that say they were chosen ("The following were elected
unopposed:" over "Secretary – Ann Lee" / "Chair: Raj Dev"): each line is one election by the meeting. A line with
no person ("Youth Officer – vacant") is no election but keeps the layout going; without an intro that says the
meeting chose them, such lines only list who holds which post."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.draft import Draft
from nec_extract.extractors.motions.elections import election_intro, role_head
from nec_extract.extractors.motions.reading import Reading
from nec_extract.extractors.motions.walk_state import WalkState
from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.language.people import clean_name, minuted_name_re
from nec_extract.models import MotionKind, Outcome


def officer_line(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "Deputy Leader: Cllr Beth Wood" under "The following officers were elected:": the person chosen for the post."""
    line = _post_line(reading.sentence.text)
    intro = _election_intro_above(walk, index) if line is not None else None
    if line is None or intro is None:
        return False
    person = re.match(rf"(?P<who>{minuted_name_re()})\s*(?:\([^()]*\))?\s*\.?$", line["rest"])
    if person is None:
        return True  # "Welfare Officer – vacant": the post, nobody chosen
    walk.close_open()
    if walk.drafts and walk.drafts[-1].first == intro == walk.drafts[-1].last:
        walk.drafts.pop()  # "We appointed these officers:" is told by its lines, one decision each
    name = clean_name(person["who"]) or person["who"]
    summary = f"election of {name} as {line['post'].strip()}"
    walk.recent = Draft(index, index, MotionKind.OTHER, summary, reading.people, Outcome.CARRIED)
    walk.drafts.append(walk.recent)
    return True


def _election_intro_above(walk: WalkState, index: int) -> int | None:
    """The intro the lines above start at, back past the other posts' lines, ending in a colon and saying that the
    meeting chose them: its index."""
    for above in range(index - 1, -1, -1):
        text = walk.readings[above].sentence.text.strip()
        if _post_line(text) is None:
            return above if text.endswith(":") and election_intro(text) else None
    return None


def _post_line(text: str) -> re.Match[str] | None:
    """A post, a colon or dash, and what follows it on the line: "Branch Secretary – Gail Robson"."""
    line = _post_and_rest().fullmatch(text.strip())
    return (
        line if line is not None and role_head(line["post"]) in decisions_vocabulary().motions.election_roles else None
    )


@cache
def _post_and_rest() -> re.Pattern[str]:
    return re.compile(r"\W*(?P<post>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s*(?::|\s[–—-])\s*(?P<rest>[^:\n]{1,80})")
