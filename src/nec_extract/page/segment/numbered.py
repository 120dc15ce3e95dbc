"""A circular's or bulletin's numbered sections ("1. PAY CAMPAIGN UPDATE" / "2. INDUSTRIAL ACTION COMMITTEE – 7 MARCH" /
"3. NATIONAL EXECUTIVE – 14 MARCH" / "4. DIARY").

A numbered line reads as a list item, never a heading. But where two numbered lines or more each name a meeting and its
day, the numbers head the page's sections: each of those starts a report, and the next section in the count that names
no meeting ("4. DIARY", "3. DATES AND NOTICES") ends the report above it. One numbered meeting line alone is an item of
the minutes it is in ("3. REPORT FROM THE NATIONAL EXECUTIVE – 14 MARCH")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from nec_extract.page.segment.headings import names_a_day, names_meeting
from nec_extract.page.segment.lines import Line

# "3. NATIONAL EXECUTIVE – 14 MARCH", "2) GENERAL MEETING, 12 MARCH": a number, then a short line
_NUMBERED_LINE = re.compile(r"^\s*(?P<number>\d{1,2})[.)]\s+(?P<text>[^\n]{3,80})$")
# a section's heading is a few words, with no full stop
_MOST_WORDS = 8
# the fewest numbered meeting lines that make the numbers a page's sections
_FEWEST_MEETINGS = 2


@dataclass(frozen=True)
class NumberedSections:
    """The starts of the lines that head a numbered section: those naming a meeting, and the others after them."""

    meetings: frozenset[int]
    others: frozenset[int]


def numbered_sections(lines: Sequence[Line]) -> NumberedSections:
    meetings: set[int] = set()
    others: set[int] = set()
    count: int | None = None
    for line in lines:
        found = _NUMBERED_LINE.match(line.text.rstrip())
        if found is None:
            continue
        text, number = found["text"].strip(), int(found["number"])
        if text.endswith(".") or len(text.split()) > _MOST_WORDS or not text[0].isupper():
            continue
        if names_meeting(text) and names_a_day(text) is not None:
            meetings.add(line.start)
            count = number
        elif count is not None and number == count + 1:
            others.add(line.start)  # the next section in the count after a meeting's
            count = number
    if len(meetings) < _FEWEST_MEETINGS:
        return NumberedSections(frozenset(), frozenset())
    return NumberedSections(frozenset(meetings), frozenset(others))
