"""The one clause splitter: where the clause holding a place in a sentence starts and ends.

Readings differ in what ends a clause (a decision's clause runs past a comma, a tally's stops at a full
stop, a date's tense stops at a subordinate "which"), so each names its breaks in ``models/clauses.json``;
the mechanism is this one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from nec_extract.language.lexicon.clauses import clauses_vocabulary

Reading = Literal["decision", "decision_subject", "tally", "tense_before", "tense_after", "figure", "another_time"]


@dataclass(frozen=True)
class Clauses:
    """Clause breaks of one kind of reading."""

    breaks: re.Pattern[str]

    def starts(self, text: str) -> list[int]:
        """Where each clause after the first begins (the end of each break), in order."""
        return [match.end() for match in self.breaks.finditer(text)]

    def start_of(self, text: str, offset: int) -> int:
        """Where the clause holding ``text[offset]`` starts: after the last break before it."""
        return max((match.end() for match in self.breaks.finditer(text, 0, offset)), default=0)

    def end_of(self, text: str, offset: int) -> int:
        """Where the clause holding ``text[offset]`` ends: at the first break that starts at or after it."""
        match = self.breaks.search(text, offset)
        return match.start() if match else len(text)

    def around(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The clause around ``text[start:end]``: from the last break ending by ``start`` to the first
        starting from ``end``."""
        breaks = list(self.breaks.finditer(text))
        low = max((b.end() for b in breaks if b.end() <= start), default=0)
        high = min((b.start() for b in breaks if b.start() >= end), default=len(text))
        return low, high


@cache
def clauses(reading: Reading) -> Clauses:
    """The clause breaks a reading uses, compiled once."""
    fragments: tuple[str, ...] = getattr(clauses_vocabulary(), reading)
    return Clauses(re.compile("|".join(fragments)))
