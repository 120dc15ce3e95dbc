"""Vote tallies of a report (SPEC: Votes)."""

from __future__ import annotations

from nec_extract.context import ReportContext
from nec_extract.models import Vote


def extract_votes(report: ReportContext) -> list[Vote]:
    """Every tally the report gives, in text order. Deepened by the motions-and-votes issue."""
    return []
