"""The walk through a report's sentences: each one settles the motion left open, confirms the one just
settled, continues a list, or introduces new motions.

Each step takes the walk, the sentence's index and its reading, and says whether it took the sentence; the first
that does ends the sentence's turn, and a sentence none takes introduces what it tells (`walk_introduce`). What the
walk keeps between sentences is `walk_state`; the steps live by what they act on: the page's layout (`walk_lists`),
items counted together (`walk_counted`), the motion left open (`walk_open`), one already settled (`walk_settled`)."""

from __future__ import annotations

from collections.abc import Callable

from nec_extract.extractors.motions.elections.officer_lines import officer_line
from nec_extract.extractors.motions.items.coded_items import coded_items
from nec_extract.extractors.motions.layout.lists import is_bare_marker
from nec_extract.extractors.motions.records.draft import Draft
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.extractors.motions.walk.argued_items import argued_and_settled, argued_then_decided
from nec_extract.extractors.motions.walk.walk_counted import named_after_count, one_of_several, splits_open
from nec_extract.extractors.motions.walk.walk_introduce import introduce
from nec_extract.extractors.motions.walk.walk_lists import list_item, resolution_parts, subheading, table_row
from nec_extract.extractors.motions.walk.walk_open import (
    decides_open,
    moves_open,
    never_put,
    referred_open,
    seconds_open,
    settles_open,
    two_tallies,
)
from nec_extract.extractors.motions.walk.walk_settled import (
    confirms_recent,
    details_the_lede,
    names_recent_movers,
    settles_earlier,
)
from nec_extract.extractors.motions.walk.walk_state import WalkState

Step = Callable[[WalkState, int, Reading], bool]

# the order matters: a sentence goes to the first step that takes it
_STEPS: tuple[Step, ...] = (
    resolution_parts,
    subheading,
    table_row,
    coded_items,
    argued_then_decided,
    argued_and_settled,
    two_tallies,
    named_after_count,
    never_put,
    referred_open,
    list_item,
    officer_line,
    one_of_several,
    splits_open,
    settles_open,
    decides_open,
    seconds_open,
    moves_open,
    names_recent_movers,
    details_the_lede,
    confirms_recent,
    settles_earlier,
)


class SentenceWalk(WalkState):
    def run(self) -> list[Draft]:
        """The drafts of every motion, in text order."""
        for index, reading in enumerate(self.readings):
            if not reading.excluded and not is_bare_marker(reading) and not self._is_heading(reading):
                self._step(index, reading)
        self.close_open()
        return self.drafts

    def _step(self, index: int, reading: Reading) -> None:
        if not any(step(self, index, reading) for step in _STEPS):
            introduce(self, index, reading)

    def _is_heading(self, reading: Reading) -> bool:
        """The report's own heading names its news ("NEC votes to change the rules"); the body states it."""
        title = self.report.title
        return title is not None and reading.sentence.start < self.report.start + len(title)
