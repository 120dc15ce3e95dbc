"""The date a figure holds at: the date its clause gives ("since February", "in 2022"), else the meeting's.

The dates come from the date engine: the report's date candidates (found once per report) that lie in the
figure's clause, normalised with the report's year hints.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nec_extract.language.clauses import clauses
from nec_extract.language.dates import (
    DAY_MONTH,
    MONTH_DAY,
    MONTH_YEAR,
    NUMERIC,
    YEAR_RE,
    Candidate,
    YearHints,
    normalise,
)
from nec_extract.page.context import ReportContext

# the written forms a figure's date takes, most precise first: a numeric day, a day and month, a month, a year
_FORMS = (NUMERIC, DAY_MONTH, MONTH_DAY, MONTH_YEAR, re.compile(rf"\b{YEAR_RE}\b"))

Span = tuple[int, int]  # page offsets


def as_of(report: ReportContext, spans: Sequence[Span]) -> str | None:
    """The date the clause gives the figure ("since February", "in 2022"), else the meeting date.

    ``spans`` are the stretches of the clause, in the order they are read: the words after the figure first."""
    hints = YearHints(meeting=report.meeting_day, published=report.page.published)
    for _form, _place, text in sorted(_written_dates(report.date_candidates, spans)):
        value = normalise(text, hints)
        if value.start is not None:
            return value.start
    return report.meeting_date.start if report.meeting_date is not None else None


def _written_dates(candidates: Sequence[Candidate], spans: Sequence[Span]) -> list[tuple[int, int, str]]:
    """(form, place, text) of every written date in the spans; ``place`` counts through the spans in order."""
    found: list[tuple[int, int, str]] = []
    offset = 0
    for start, end in spans:
        for candidate in candidates:
            if candidate.end <= start or candidate.start >= end:
                continue
            text = candidate.match.string[max(start, candidate.start) : min(end, candidate.end)]
            for rank, form in enumerate(_FORMS):
                for match in form.finditer(text):
                    if match.group()[0].isupper() or match.group()[0].isdigit():  # not "may", "march" as verbs
                        found.append((rank, offset + match.start(), match.group()))
        offset += end - start + 1
    return found


def rest_of_clause(text: str, start: int) -> str:
    """The words after a figure to the end of its clause, dates included ("joined during 2013")."""
    return text[start : clauses("figure").end_of(text, start)].rstrip()
