"""The walk through a report's sentences: each one settles the motion left open, confirms the one just
settled, continues a list, or introduces new motions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from nec_extract.extractors.motions.draft import Draft
from nec_extract.extractors.motions.linking import NEAR, close, confirms, orphan_outcome, settle, settles
from nec_extract.extractors.motions.lists import bullet_draft, following_intro, is_bullet, starts_line
from nec_extract.extractors.motions.patterns import patterns
from nec_extract.extractors.motions.reading import Reading
from nec_extract.extractors.motions.statements import drafts_of, drafts_of_clauses
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.models import Outcome, Vote
from nec_extract.page.context import ReportContext

_FLAGS = re.IGNORECASE


@cache
def _minutes_mover() -> re.Pattern[str]:
    """ "Moved: Jane Doe", "Proposer - Jo Bloggs": a line of minutes naming the mover."""
    return re.compile(rf"^\W*(?:{alternation(decisions_vocabulary().motions.mover_labels)})\s*[:\-]", _FLAGS)


@dataclass
class SentenceWalk:
    report: ReportContext
    readings: list[Reading]
    votes: list[Vote]
    drafts: list[Draft] = field(default_factory=list)
    open_draft: Draft | None = None  # introduced, outcome not yet known
    recent: Draft | None = None  # settled just now: a further "The motion was declared carried." confirms it
    following: Draft | None = None  # "the following motions:" over a list

    def run(self) -> list[Draft]:
        """The drafts of every motion, in text order."""
        for index, reading in enumerate(self.readings):
            if not reading.excluded:
                self._step(index, reading)
        close(self.drafts, self.open_draft)
        return self.drafts

    def _step(self, index: int, reading: Reading) -> None:
        done = (
            self._never_put(reading)
            or self._list_item(index, reading)
            or self._settles_open(index, reading)
            or self._seconds_open(index, reading)
            or self._confirms_recent(index, reading)
        )
        if not done:
            self._introduce(index, reading)

    def _never_put(self, reading: Reading) -> bool:
        """ "The Chair ruled it out of order": never put, so no motion, neither this one nor the one just moved."""
        if not patterns().never_put.search(reading.sentence.text):
            return False
        if self.open_draft is not None and self.open_draft in self.drafts:
            self.drafts.remove(self.open_draft)
        self.open_draft = self.recent = None
        return True

    def _list_item(self, index: int, reading: Reading) -> bool:
        if self.following is None or not is_bullet(self.report, reading.sentence):
            return False
        close(self.drafts, self.open_draft)
        self.open_draft = None
        if starts_line(self.report, reading.sentence) or self.recent is None:
            self.recent = bullet_draft(index, reading, self.following)
            self.drafts.append(self.recent)
        else:
            self.following.last = index
            if reading.outcomes or reading.votes:
                settle(self.recent, reading, index)
        return True

    def _settles_open(self, index: int, reading: Reading) -> bool:
        if self.open_draft is None or not settles(self.open_draft, self.readings, index):
            return False
        settle(self.open_draft, reading, index)
        self.open_draft, self.recent = None, self.open_draft
        return True

    def _seconds_open(self, index: int, reading: Reading) -> bool:
        draft = self.open_draft
        people = reading.people
        if draft is None or not people.seconders or people.movers or index - draft.first > NEAR:
            return False
        draft.people.seconders += [s for s in people.seconders if s not in draft.people.seconders]
        return True

    def _confirms_recent(self, index: int, reading: Reading) -> bool:
        if self.recent is None or index - self.recent.last > 3 or not confirms(self.recent, self.readings, index):
            return False
        settle(self.recent, reading, index)
        return True

    def _introduce(self, index: int, reading: Reading) -> None:
        new = drafts_of_clauses(self.report, index, reading, self.votes) or drafts_of(index, reading)
        new = new or orphan_outcome(self.readings, index)
        if new and _minutes_mover().match(reading.sentence.text) and index and self.readings[index - 1].kind:
            # "Motion on rail fares. Moved: Jane Doe. ..." : the item names the motion, the next line its mover
            previous = self.readings[index - 1]
            new[0].first, new[0].summary = index - 1, previous.sentence.text
            new[0].kind = previous.kind or new[0].kind
        self.following = following_intro(self.readings, index, self.following)
        if not new:
            return
        close(self.drafts, self.open_draft)
        self.open_draft = self.recent = None
        self.drafts.extend(new)
        if new[-1].outcome is Outcome.UNKNOWN and new[-1].vote is None:
            self.open_draft = new[-1]
        else:
            self.recent = new[-1]
