"""Every date mention of a report, normalised (SPEC: Dates)."""

from __future__ import annotations

from nec_extract.context import ReportContext
from nec_extract.models import DateMention


def extract_dates(report: ReportContext) -> list[DateMention]:
    """Date mentions of the report in text order. Deepened by the dates issue."""
    return []
