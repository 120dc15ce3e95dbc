"""A self-contained HTML page for checking an extraction by eye: the page text with every extracted span
highlighted by kind, and beside it an index of the reports and their records, each linked to its place.

Clicking a record outlines every piece of its evidence and brings it into view; clicking a highlight
shows its records; scrolling the text keeps the records on the same report; a search box filters the
records and steps through the text. Everything taken from the input is escaped; the page's style and
script are inline (``review.css``, ``review.js``) and it loads nothing from elsewhere.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape
from importlib.resources import files

from nec_extract.models import Document, Report, Span
from nec_extract.writers.wording import meeting_date_words, report_title, speaker_label, tally_words, vote_words

KINDS = {
    "motion": "Motion",
    "vote": "Vote",
    "membership": "Membership figure",
    "speaker": "Speaker mention",
    "date": "Date",
    "meeting": "Meeting date",
}
COUNTED = ("speakers", "motions", "votes", "membership", "dates")
SHORT = {"speakers": "spk", "motions": "mot", "votes": "vot", "membership": "mem", "dates": "dat"}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    anchor: str
    label: str


def render_review(document: Document, text: str) -> str:
    """The review page of ``document``, whose spans index ``text``."""
    marks = list(_marks(document))
    head = (
        f"<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{escape(document.source)}: nec-extract review</title><style>{_asset('review.css')}</style></head>"
        "<body>"
    )
    return "".join(
        [
            head,
            _header(document),
            "<main><div id='text'>",
            _text(text, document.reports, marks),
            "</div><div id='records'>",
            _index(document),
            _records(document),
            f"</div></main><script>{_asset('review.js')}</script></body></html>\n",
        ]
    )


def _asset(name: str) -> str:
    return files("nec_extract.writers").joinpath(name).read_text(encoding="utf-8")


def _header(document: Document) -> str:
    facts = [
        f"author: {document.author or '-'}",
        f"published: {document.published or '-'}",
        f"encoding: {document.encoding or '-'}",
        f"input: {document.input_format}",
        f"reports: {len(document.reports)}",
    ]
    legend = "".join(
        f"<span class='chip'><span class='k-{kind}'>{escape(label)}</span></span>" for kind, label in KINDS.items()
    )
    error = ""
    if document.error:
        error = f"<div class='error'>{escape(document.error.type)}: {escape(document.error.message)}</div>"
    options = "".join(
        f"<option value='report-{i}'>{i + 1}. {escape(_report_name(report))}</option>"
        for i, report in enumerate(document.reports)
    )
    tools = (
        "<div class='tools'>"
        f"<label>Report <select id='jump'>{options}</select></label>"
        "<input id='search' type='search' placeholder='Search the text and records (/)' aria-label='Search'>"
        "<button id='prev' type='button' title='Previous match (Shift+Enter)'>◀</button>"
        "<button id='next' type='button' title='Next match (Enter)'>▶</button>"
        "<span id='found' aria-live='polite'></span></div>"
    )
    return (
        f"<header><h1>{escape(document.source)}</h1><div class='meta'>{escape(' · '.join(facts))}</div>"
        f"<div class='legend'>{legend}</div>{tools}</header>{error}"
    )


def _report_name(report: Report) -> str:
    return f"{report_title(report)} ({meeting_date_words(report, 'no date')})"


def _marks(document: Document) -> Iterator[Mark]:
    for r, report in enumerate(document.reports):
        if report.meeting_date:
            yield _mark(report.meeting_date.span, "meeting", f"r{r}-meeting", "meeting date")
        for i, speaker in enumerate(report.speakers):
            for mention in speaker.mentions:
                yield _mark(mention, "speaker", f"r{r}-speaker-{i}", f"speaker: {speaker_label(speaker)}")
        for i, motion in enumerate(report.motions):
            yield _mark(motion.evidence, "motion", f"r{r}-motion-{i}", f"{motion.kind.value}: {motion.outcome.value}")
        for i, vote in enumerate(report.votes):
            yield _mark(vote.evidence, "vote", f"r{r}-vote-{i}", f"vote: {tally_words(vote)}")
        for i, figure in enumerate(report.membership):
            yield _mark(figure.evidence, "membership", f"r{r}-membership-{i}", f"{figure.metric.value}: {figure.value}")
        for i, date in enumerate(report.dates):
            yield _mark(date.span, "date", f"r{r}-date-{i}", f"date: {date.start or 'unresolved'}")


def _mark(span: Span, kind: str, anchor: str, label: str) -> Mark:
    return Mark(span.start, span.end, kind, anchor, label)


def _text(text: str, reports: list[Report], marks: list[Mark]) -> str:
    """The text cut at every mark and report boundary; each piece carries the kinds and records over it."""
    cuts = {0, len(text)}
    for mark in marks:
        cuts.update((mark.start, mark.end))
    for report in reports:
        cuts.update((report.span.start, report.span.end))
    starts: dict[int, list[Mark]] = {}
    for mark in marks:
        starts.setdefault(mark.start, []).append(mark)
    boundaries = _ReportBoundaries(reports)
    anchored: set[str] = set()
    active: list[Mark] = []
    out: list[str] = []
    for here, there in itertools.pairwise(sorted(c for c in cuts if 0 <= c <= len(text))):
        out.append(boundaries.at(here))
        active = [m for m in active if m.end > here]
        for mark in starts.get(here, []):
            if mark.end > mark.start:
                active.append(mark)
            if mark.anchor not in anchored:
                anchored.add(mark.anchor)
                out.append(f"<a id='{mark.anchor}'></a>")
        out.append(_piece(text[here:there], active))
    out.append(boundaries.close())
    return "".join(out)


def _piece(piece: str, active: list[Mark]) -> str:
    if not active:
        return escape(piece)
    classes = " ".join(sorted({f"k-{m.kind}" for m in active}))
    records = " ".join(dict.fromkeys(m.anchor for m in active))
    title = "; ".join(dict.fromkeys(m.label for m in active))
    return f"<span class='{classes}' data-r='{records}' title='{escape(title)}'>{escape(piece)}</span>"


class _ReportBoundaries:
    """Opens a report's box where it starts and closes it where it ends."""

    def __init__(self, reports: list[Report]) -> None:
        self.opening = {report.span.start: (i, report) for i, report in enumerate(reports)}
        self.closing = {report.span.end for report in reports}
        self.open = False

    def at(self, offset: int) -> str:
        out = ""
        if offset in self.closing and self.open:
            out, self.open = self.close(), False
        if offset in self.opening and not self.open:
            index, report = self.opening[offset]
            label = f"Report {index + 1}: {report_title(report)}"
            out += f"<div class='report' id='report-{index}'><div class='report-label'>{escape(label)}</div>"
            self.open = True
        return out

    def close(self) -> str:
        if not self.open:
            return ""
        self.open = False
        return "</div>"


def _index(document: Document) -> str:
    """A table of the reports: title, meeting date and record counts, each row linked to its report."""
    if not document.reports:
        return ""
    rows = "".join(
        f"<tr data-report='report-{i}'><td>{i + 1}</td><td><a class='go' href='#report-{i}'>"
        f"{escape(report_title(report))}</a></td><td>{escape(meeting_date_words(report))}</td>"
        + "".join(f"<td>{len(getattr(report, field))}</td>" for field in COUNTED)
        + "</tr>"
        for i, report in enumerate(document.reports)
    )
    heads = "".join(f"<th title='{field}'>{SHORT[field]}</th>" for field in COUNTED)
    return (
        f"<details class='index' open><summary>Reports ({len(document.reports)})</summary>"
        f"<table><thead><tr><th>#</th><th>title</th><th>meeting</th>{heads}</tr></thead><tbody>{rows}</tbody>"
        "</table></details>"
    )


def _records(document: Document) -> str:
    if not document.reports:
        return "<p>No reports found.</p>"
    return "".join(_report_records(r, report) for r, report in enumerate(document.reports))


def _report_records(r: int, report: Report) -> str:
    out = [
        f"<section class='records' data-report='report-{r}'>",
        f"<h2><a class='go' href='#report-{r}'>{r + 1}. {escape(report_title(report))}</a></h2>",
        f"<div>meeting date: {escape(meeting_date_words(report))}</div>",
    ]
    for heading, items in _record_lists(r, report):
        entries = "".join(
            f"<li id='rec-{a}'><a class='go' href='#{a}' data-r='{a}'>{escape(label)}</a></li>" for a, label in items
        )
        out.append(
            f"<div class='group'><h3>{heading} ({len(items)})</h3>{f'<ul>{entries}</ul>' if items else ''}</div>"
        )
    out.append("</section>")
    return "".join(out)


def _record_lists(r: int, report: Report) -> list[tuple[str, list[tuple[str, str]]]]:
    motions = [
        (
            f"r{r}-motion-{i}",
            f"[{m.kind.value}, {m.outcome.value}] {m.summary}"
            + (f"; moved by {', '.join(m.movers)}" if m.movers else "")
            + (f"; seconded by {', '.join(m.seconders)}" if m.seconders else "")
            + (f"; vote {tally_words(m.vote)}" if m.vote else ""),
        )
        for i, m in enumerate(report.motions)
    ]
    membership = [
        (
            f"r{r}-membership-{i}",
            f"{f.metric.value}: {'~' if f.approximate else ''}{f.value:,} ({f.organisation})"
            + (f", {f.qualifier}" if f.qualifier else "")
            + (f", as of {f.as_of}" if f.as_of else ""),
        )
        for i, f in enumerate(report.membership)
    ]
    return [
        ("Speakers", [(f"r{r}-speaker-{i}", speaker_label(s)) for i, s in enumerate(report.speakers)]),
        ("Motions", motions),
        ("Votes", [(f"r{r}-vote-{i}", vote_words(v)) for i, v in enumerate(report.votes)]),
        ("Membership", membership),
        (
            "Dates",
            [
                (f"r{r}-date-{i}", f"{d.text} → {d.start or 'unresolved'}" + (f" to {d.end}" if d.end else ""))
                for i, d in enumerate(report.dates)
            ],
        ),
    ]
