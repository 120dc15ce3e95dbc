"""People who speak at the meeting, resolved to full names, with roles (SPEC: Speakers)."""

from __future__ import annotations

from nec_extract.context import ReportContext
from nec_extract.models import Speaker


def extract_speakers(report: ReportContext) -> list[Speaker]:
    """Speakers of the report, first mention first. Deepened by the speakers issue."""
    return []
