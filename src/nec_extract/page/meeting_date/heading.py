"""The meeting date a report's heading gives: its most precise date ("July Executive – meeting July 17th
2018" is the 17th); a range's first day."""

from __future__ import annotations

import re

from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.models import Precision
from nec_extract.page.meeting_date.source import Dated, MeetingDateInput, dated

_YEAR = frozenset({"year"})
# a headline's day of what the meeting decided on, in the same clause: "NEC votes to hold special conference
# on 5 June" (not a date set apart after a dash: "NEC votes to expel councillor – 12 March 2019")
_FUTURE_BEFORE = re.compile(
    rf"\b(?:{alternation(pages_vocabulary().heading_future_words)})\b[^–—|:,()-]*$", re.IGNORECASE
)
PRECISION_RANK = {Precision.DAY: 0, Precision.MONTH: 1, Precision.QUARTER: 2, Precision.YEAR: 3, None: 4}


def from_heading(source: MeetingDateInput) -> Dated | None:
    if not source.title or source.title_start is None:
        return None
    end = source.title_start + len(source.title)
    within = [c for c in source.within(source.title_start, end) if not _of_what_was_decided(source, c.start)]
    found = [d for d in (dated(source, c) for c in within) if d is not None]
    return min(found, key=lambda d: PRECISION_RANK[d.precision], default=None)


def _of_what_was_decided(source: MeetingDateInput, start: int) -> bool:
    assert source.title_start is not None
    return bool(_FUTURE_BEFORE.search(source.page, source.title_start, start))


def year_of_heading(source: MeetingDateInput) -> Dated | None:
    """The year a heading names on its own, at its end ("Executive report – 2019", "AGM 2021"), not the year of
    something else ("Special meeting on 2019 election defeat")."""
    if not source.title or source.title_start is None:
        return None
    end = source.title_start + len(source.title)
    years = source.within(source.title_start, end, _YEAR)
    if len(years) != 1 or source.page[years[0].end : end].strip(" )]"):
        return None
    return dated(source, years[0])
