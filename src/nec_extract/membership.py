"""Party membership figures: members, arrears, joined, left, supporters (SPEC: Membership figures)."""

from __future__ import annotations

from nec_extract.context import ReportContext
from nec_extract.models import MembershipFigure


def extract_membership(report: ReportContext) -> list[MembershipFigure]:
    """Membership figures of the report in text order. Deepened by the membership issue."""
    return []
