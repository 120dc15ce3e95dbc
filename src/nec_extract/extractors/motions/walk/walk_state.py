"""What the walk through a report's sentences keeps from one sentence to the next: the drafts so far, those left
open, the one settled just now, the list being read, the items counted; and the moves its steps share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from nec_extract.extractors.motions.records.draft import Draft
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.extractors.motions.walk.linking import close, restated_item, settle
from nec_extract.models import Outcome, Vote
from nec_extract.page.context import ReportContext


@dataclass
class WalkState:
    report: ReportContext
    readings: list[Reading]
    votes: list[Vote]
    drafts: list[Draft] = field(default_factory=list)
    open_drafts: list[Draft] = field(default_factory=list)  # introduced together, outcome not yet known
    recent: Draft | None = None  # settled just now: a further "The motion was declared carried." confirms it
    following: Draft | None = None  # "the following motions:" over a list
    # the list's intro, the style of marker its first item has, and the number of the last numbered item
    list_marker: tuple[Draft, str, int | None] | None = None
    focus: Draft | None = None  # of several open, the one "The second, ..." named: "it" is that one
    counted: list[Draft] = field(default_factory=list)  # "We had two motions.": the items an ordinal counts
    counted_told: bool = False  # an item counted has been told in its own words ("The motion on pay was ...")

    def open_list(self, intro: Draft | None) -> None:
        """A list's intro ("The NEC agreed:", "Agreed actions"): what is open closes, the items below follow it."""
        self.close_open()
        self.following = intro
        self.recent = None

    def close_open(self) -> None:
        for draft in self.open_drafts:
            if draft in self.counted and self.counted_told and draft in self.drafts:
                self.drafts.remove(draft)  # the items counted are told in their own words, this one later
            else:
                close(self.drafts, draft)
        self.open_drafts = []

    def settle_every_open(self, reading: Reading, index: int, outcomes: Sequence[Outcome | None]) -> None:
        """Every item left open settled by the sentence, each with its outcome in turn (None: the sentence's own);
        the last one is then the one just settled."""
        for draft, outcome in zip(self.open_drafts, outcomes, strict=True):
            settle(draft, reading, index)
            draft.outcome = outcome or draft.outcome
        self.open_drafts, self.recent = [], self.open_drafts[-1]

    def settle_one_open(self, draft: Draft, reading: Reading, index: int) -> None:
        """One of the items left open settled by the sentence, the one just settled now."""
        settle(draft, reading, index)
        self.open_drafts.remove(draft)
        self.recent, self.focus = draft, None

    def drop(self, draft: Draft) -> None:
        """A draft that turns out to be no motion of its own."""
        if draft in self.drafts:
            self.drafts.remove(draft)
        if draft in self.open_drafts:
            self.open_drafts.remove(draft)

    def settles_restated(self, draft: Draft, index: int) -> bool:
        """ "..., and the substantive motion was carried": the result of the motion moved before, not a new one."""
        earlier = restated_item(self.drafts, draft, index)
        if earlier is None:
            return False
        earlier.outcome, earlier.vote, earlier.last = draft.outcome, draft.vote or earlier.vote, index
        return True
