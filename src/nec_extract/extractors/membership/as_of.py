"""The date a figure holds at: the date its clause gives ("since February", "in 2022"), else the meeting's."""

from __future__ import annotations

import re

from nec_extract.language.dates import DAY_MONTH, MONTH_DAY, MONTH_YEAR, NUMERIC, YEAR_RE, YearHints, normalise
from nec_extract.page.context import ReportContext

_YEAR = re.compile(rf"\b{YEAR_RE}\b")


def as_of(report: ReportContext, clause_text: str) -> str | None:
    """The date the clause gives the figure ("since February", "in 2022"), else the meeting date."""
    hints = YearHints(meeting=report.meeting_day, published=report.page.published)
    for pattern in (NUMERIC, DAY_MONTH, MONTH_DAY, MONTH_YEAR, _YEAR):
        for match in pattern.finditer(clause_text):
            if not match.group()[0].isupper() and not match.group()[0].isdigit():
                continue  # "may", "march" as verbs
            value = normalise(match.group(), hints)
            if value.start is not None:
                return value.start
    return report.meeting_date.start if report.meeting_date is not None else None


def rest_of_clause(text: str, start: int) -> str:
    """The words after a figure to the end of its clause, dates included ("joined during 2013")."""
    match = re.search(r"[,;:.()–—!?]|\s(?:and|but|with|while|whilst|including|plus|of whom)\s", text[start:])
    return (text[start : start + match.start()] if match else text[start:]).rstrip()
