"""The meeting date a report's heading gives: its most precise date ("July Executive – meeting July 17th
2018" is the 17th); a range's first day."""

from __future__ import annotations

from nec_extract.models import Precision
from nec_extract.page.meeting_date.source import Dated, MeetingDateInput, dated

_YEAR = frozenset({"year"})
PRECISION_RANK = {Precision.DAY: 0, Precision.MONTH: 1, Precision.QUARTER: 2, Precision.YEAR: 3, None: 4}


def from_heading(source: MeetingDateInput) -> Dated | None:
    if not source.title or source.title_start is None:
        return None
    end = source.title_start + len(source.title)
    found = [d for d in (dated(source, c) for c in source.within(source.title_start, end)) if d is not None]
    return min(found, key=lambda d: PRECISION_RANK[d.precision], default=None)


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
