"""Every date mention of a report, normalised (SPEC: Dates).

The report's candidates are found once, by the date engine (:mod:`nec_extract.language.dates`), and held by
its context; each is given its value against what the report and its page say: its meeting date, the
publication date, the neighbouring reports and the tense of the mention's clause. No statistical parse is
needed.
"""

from __future__ import annotations

from nec_extract.language.dates import DateResolver, ReportSetting
from nec_extract.language.text import make_span
from nec_extract.models import DateMention
from nec_extract.page.context import ReportContext


def extract_dates(report: ReportContext) -> list[DateMention]:
    """Date mentions of the report in text order; unresolvable ones keep their span with null values."""
    candidates = report.date_candidates
    resolver = DateResolver(_setting(report), candidates)
    mentions = []
    for candidate in candidates:
        value = resolver.value(candidate)
        if value is None:
            continue
        span = make_span(report.text, candidate.start, candidate.end)
        mentions.append(
            DateMention(text=span.text, span=span, start=value.start, end=value.end, precision=value.precision)
        )
    return mentions


def _setting(report: ReportContext) -> ReportSetting:
    neighbours = [d for i, d in enumerate(report.page.report_dates) if d is not None and i != report.index]
    return ReportSetting(
        page=report.text,
        start=report.start,
        sentences=report.sentences,
        meeting=report.meeting_date,
        published=report.published,
        neighbours=neighbours,
    )
