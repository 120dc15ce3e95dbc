"""Undated headings that name only a body ("Women's Forum", "Youth Committee", "Budget council"), each over a
paragraph whose first sentence says the body met on a day ("We met on Zoom on Sunday 6th November", "The committee met
in Leeds on the 13th").

Such a heading names a meeting by what is written under it: it may start a report, where an undated heading may (not
inside a dated report, whose sections it would be). A body's name over anything else ("Welsh Policy Forum" / "The forum
is still waiting for a date") heads no report."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from nec_extract.language.dates import find_candidates, parse_parts
from nec_extract.page.segment.furniture import is_credit_line, is_post_metadata
from nec_extract.page.segment.headings import is_dated
from nec_extract.page.segment.lines import Line, clean_title, is_heading_like, names_a_body

# a body's name is a few words
_MOST_WORDS = 5
# the first sentence of the paragraph below: its subject (the writer's "we", "it", or the body named in a few words)
# and "met", then a day
_MET = re.compile(r"^(?:We|It|(?:The\s+|This\s+|Our\s+)?(?:[\w'’&+-]+\s+){0,3}?)met\b(?P<rest>[^.!?]*)")
# a day of the month alone, as a sentence gives it under its month's heading: "on the 13th"
_BARE_DAY_KIND = "bare_ordinal"


def body_name_headings(lines: Sequence[Line]) -> set[int]:
    """The starts of the lines that are such headings."""
    found: set[int] = set()
    texts = [line for line in lines if line.stripped]
    for heading, below in pairwise(texts):
        if _names_only_a_body(heading.stripped) and _says_the_body_met_on_a_day(below.stripped):
            found.add(heading.start)
    return found


def _names_only_a_body(text: str) -> bool:
    title = clean_title(text)
    if not is_heading_like(text) or len(title.split()) > _MOST_WORDS or title[-1] in ".:!?":
        return False
    # a byline names the writer's body ("By Jo Bloggs, NEC member"), no meeting
    return names_a_body(title) and not is_dated(title) and not is_post_metadata(title) and not is_credit_line(title)


def _says_the_body_met_on_a_day(text: str) -> bool:
    met = _MET.match(text)
    if met is None:
        return False
    rest = met["rest"]
    for candidate in find_candidates(rest, 0, len(rest), []):
        parts = parse_parts(rest[candidate.start : candidate.end])
        if candidate.kind == _BARE_DAY_KIND or (parts is not None and parts.day is not None):
            return True
    return False
