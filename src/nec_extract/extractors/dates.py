"""Every date mention of a report, normalised (SPEC: Dates).

The report's candidates are found once, by the date engine (:mod:`nec_extract.language.dates`), and held by
its context; each is given its value against what the report and its page say: its meeting date, the
publication date, the neighbouring reports and the tense of the mention's clause. No statistical parse is
needed. The values are resolved once per report: the tallies and decisions read them too (told of another
time).
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date

from nec_extract.language.dates import Candidate, DateResolver, DateValue, ReportSetting, iso_to_date
from nec_extract.language.dates.meeting_days import event_days_by_weekday, meeting_days_by_weekday
from nec_extract.language.text import make_span
from nec_extract.models import DateMention, Precision
from nec_extract.page.context import ReportContext


def extract_dates(report: ReportContext) -> list[DateMention]:
    """Date mentions of the report in text order; unresolvable ones keep their span with null values."""
    mentions = []
    for candidate, value in resolved_dates(report):
        span = make_span(report.text, candidate.start, candidate.end)
        mentions.append(
            DateMention(text=span.text, span=span, start=value.start, end=value.end, precision=value.precision)
        )
    return mentions


# how many reports' resolved dates are kept: the extractors ask about one report at a time
_REPORTS_KEPT = 4
_resolved: OrderedDict[int, tuple[ReportContext, DateMention | None, list[tuple[Candidate, DateValue]]]] = OrderedDict()


def resolved_dates(report: ReportContext) -> list[tuple[Candidate, DateValue]]:
    """Every date mention of the report with its value, in text order (those that are no mention left out);
    resolved once per report, as the date mentions are."""
    kept = _resolved.get(id(report))
    if kept is not None and kept[0] is report and kept[1] is report.meeting_date:
        return kept[2]
    resolver = DateResolver(_setting(report), report.date_candidates)
    values = [(c, value) for c in report.date_candidates if (value := resolver.value(c)) is not None]
    values = [(c, _as_the_meeting_date(c, value, report.meeting_date)) for c, value in values]
    by_weekday = meeting_days_by_weekday(
        report.text, report.start, report.end, _meeting_days(report.meeting_date, values), report.date_candidates
    )
    if by_weekday:  # "the Tuesday ... the Wednesday" of a meeting of two days
        values = sorted([*values, *by_weekday], key=lambda pair: pair[0].start)
    of_an_event = event_days_by_weekday(report.text, report.start, report.end, values)
    if of_an_event:  # "conference opening on Sunday 26 September ... on the Tuesday"
        values = sorted([*values, *of_an_event], key=lambda pair: pair[0].start)
    _resolved[id(report)] = (report, report.meeting_date, values)
    while len(_resolved) > _REPORTS_KEPT:
        _resolved.popitem(last=False)
    return values


def _as_the_meeting_date(candidate: Candidate, value: DateValue, meeting: DateMention | None) -> DateValue:
    """The words the meeting date was read from name the meeting's day: "last month" in "The executive voted last
    month", read against the publication day for the meeting, is not counted again from the meeting."""
    if meeting is None or meeting.start is None or value.start == meeting.start:
        return value
    if (candidate.start, candidate.end) != (meeting.span.start, meeting.span.end):
        return value
    return DateValue(meeting.start, _run_end(value, meeting), meeting.precision)


def _run_end(value: DateValue, meeting: DateMention) -> str | None:
    """The last day of the run of days the meeting date was read from ("held on 24th and 25th November"), as
    long a run from the meeting's first day."""
    if value.start is None or value.end is None or value.precision != Precision.DAY or meeting.start is None:
        return None
    if meeting.precision != Precision.DAY:
        return None
    length = iso_to_date(value.end) - iso_to_date(value.start)
    return (iso_to_date(meeting.start) + length).isoformat()


def _meeting_days(meeting: DateMention | None, values: list[tuple[Candidate, DateValue]]) -> tuple[date, date] | None:
    """The first and last day of a meeting dated to the day: the range its date was read from ("20/21 September
    2016", whose meeting date is the first day), else the meeting date's own."""
    if meeting is None or meeting.start is None or meeting.precision != Precision.DAY:
        return None
    read_from = [v for c, v in values if c.start == meeting.span.start and v.precision == Precision.DAY and v.end]
    start, end = (read_from[0].start, read_from[0].end) if read_from else (meeting.start, meeting.end)
    if start is None:
        return None
    return iso_to_date(start), iso_to_date(end) if end else iso_to_date(start)


def _setting(report: ReportContext) -> ReportSetting:
    """What the values of the report's date mentions depend on."""
    neighbours = [d for i, d in enumerate(report.page.report_dates) if d is not None and i != report.index]
    return ReportSetting(
        page=report.text,
        start=report.start,
        sentences=report.sentences,
        meeting=report.meeting_date,
        published=report.published,
        neighbours=neighbours,
    )
