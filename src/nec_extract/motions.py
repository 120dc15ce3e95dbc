"""Motions put to the meeting: what, who moved and seconded it, how it ended (SPEC: Motions)."""

from __future__ import annotations

from nec_extract.context import ReportContext
from nec_extract.models import Motion, Speaker, Vote


def extract_motions(report: ReportContext, votes: list[Vote], speakers: list[Speaker]) -> list[Motion]:
    """Motions of the report in text order, linked to their tallies. Deepened by the motions issue."""
    return []
