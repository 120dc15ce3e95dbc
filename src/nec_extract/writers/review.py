"""A self-contained HTML page for checking an extraction by eye: the page text with every extracted span
highlighted by kind, and the records beside it, each linked to its place in the text. Everything taken
from the input is escaped; the page loads nothing from elsewhere."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape

from nec_extract.models import Document, Report, Span

KINDS = {
    "motion": "Motion",
    "vote": "Vote",
    "membership": "Membership figure",
    "speaker": "Speaker mention",
    "date": "Date",
    "meeting": "Meeting date",
}

STYLE = """
body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: #222; }
header { padding: .6em 1em; background: #333; color: #fff; }
header h1 { font-size: 1.1em; margin: 0; }
header .meta, header .legend { font-size: .85em; }
.legend span { margin-right: .8em; padding: 0 .3em; color: #222; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); height: calc(100vh - 5.5em); }
#text, #records { overflow: auto; padding: 1em; }
#text { white-space: pre-wrap; font-family: ui-monospace, monospace; font-size: 13px; border-right: 1px solid #ccc; }
#records { font-size: 13px; }
.report { border-left: 4px solid #999; padding-left: .5em; margin: .5em 0; }
.report-label { font-family: system-ui, sans-serif; font-weight: bold; color: #555; white-space: normal; }
.k-motion { background: #fff1a8; }
.k-vote { background: #c8f0c0; }
.k-membership { background: #c6e2ff; }
.k-motion.k-vote { background: #e0f0a0; }
.k-speaker { font-weight: bold; color: #9a1c1c; border-bottom: 2px solid #d55; }
.k-date { border-bottom: 2px dotted #7a3fb0; }
.k-meeting { outline: 2px solid #7a3fb0; }
.error { background: #fdd; padding: .5em 1em; }
h2 { font-size: 1em; margin: 1em 0 .3em; }
h3 { font-size: .9em; margin: .6em 0 .2em; color: #555; }
ul { margin: 0; padding-left: 1.2em; }
li { margin: .15em 0; }
a.go { text-decoration: none; }
:target + span { outline: 3px solid #f60; }
"""


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
        f"<title>{escape(document.source)}: nec-extract review</title><style>{STYLE}</style></head><body>"
    )
    return "".join(
        [
            head,
            _header(document),
            "<main><div id='text'>",
            _text(text, document.reports, marks),
            "</div><div id='records'>",
            _records(document),
            "</div></main></body></html>\n",
        ]
    )


def _header(document: Document) -> str:
    facts = [
        f"author: {document.author or '-'}",
        f"published: {document.published or '-'}",
        f"encoding: {document.encoding or '-'}",
        f"input: {document.input_format}",
        f"reports: {len(document.reports)}",
    ]
    legend = "".join(f"<span class='k-{kind}'>{escape(label)}</span>" for kind, label in KINDS.items())
    error = ""
    if document.error:
        error = f"<div class='error'>{escape(document.error.type)}: {escape(document.error.message)}</div>"
    return (
        f"<header><h1>{escape(document.source)}</h1><div class='meta'>{escape(' · '.join(facts))}</div>"
        f"<div class='legend'>{legend}</div></header>{error}"
    )


def _marks(document: Document) -> Iterator[Mark]:
    for r, report in enumerate(document.reports):
        if report.meeting_date:
            yield _mark(report.meeting_date.span, "meeting", f"r{r}-meeting", "meeting date")
        for i, speaker in enumerate(report.speakers):
            for mention in speaker.mentions:
                yield _mark(mention, "speaker", f"r{r}-speaker-{i}", f"speaker: {speaker.name or speaker.role or '?'}")
        for i, motion in enumerate(report.motions):
            yield _mark(motion.evidence, "motion", f"r{r}-motion-{i}", f"{motion.kind.value}: {motion.outcome.value}")
        for i, vote in enumerate(report.votes):
            yield _mark(vote.evidence, "vote", f"r{r}-vote-{i}", f"vote: {_tally(vote.for_, vote.against)}")
        for i, figure in enumerate(report.membership):
            yield _mark(figure.evidence, "membership", f"r{r}-membership-{i}", f"{figure.metric.value}: {figure.value}")
        for i, date in enumerate(report.dates):
            yield _mark(date.span, "date", f"r{r}-date-{i}", f"date: {date.start or 'unresolved'}")


def _mark(span: Span, kind: str, anchor: str, label: str) -> Mark:
    return Mark(span.start, span.end, kind, anchor, label)


def _text(text: str, reports: list[Report], marks: list[Mark]) -> str:
    """The text cut at every mark and report boundary; each piece carries the classes of the marks over it."""
    starts: dict[int, list[Mark]] = {}
    for mark in marks:
        starts.setdefault(mark.start, []).append(mark)
    frames = _ReportFrames(reports)
    anchored: set[str] = set()
    active: list[Mark] = []
    out: list[str] = []
    for here, there in itertools.pairwise(_cut_points(text, reports, marks)):
        out.extend(frames.tags_at(here))
        active = [m for m in active if m.end > here]
        for mark in starts.get(here, []):
            if mark.end > mark.start:
                active.append(mark)
            if mark.anchor not in anchored:
                anchored.add(mark.anchor)
                out.append(f"<a id='{mark.anchor}'></a>")
        out.append(_piece(text[here:there], active))
    out.extend(frames.closing_tags())
    return "".join(out)


def _cut_points(text: str, reports: list[Report], marks: list[Mark]) -> list[int]:
    cuts = {0, len(text)}
    for mark in marks:
        cuts.update((mark.start, mark.end))
    for report in reports:
        cuts.update((report.span.start, report.span.end))
    return sorted(c for c in cuts if 0 <= c <= len(text))


def _piece(piece: str, active: list[Mark]) -> str:
    if not active:
        return escape(piece)
    classes = " ".join(sorted({f"k-{m.kind}" for m in active}))
    title = "; ".join(dict.fromkeys(m.label for m in active))
    return f"<span class='{classes}' title='{escape(title)}'>{escape(piece)}</span>"


class _ReportFrames:
    """The frame around each report's text: opened where the report starts, closed where it ends."""

    def __init__(self, reports: list[Report]) -> None:
        self.opening = {report.span.start: (i, report) for i, report in enumerate(reports)}
        self.closing = {report.span.end for report in reports}
        self.open = False

    def tags_at(self, here: int) -> list[str]:
        tags: list[str] = []
        if here in self.closing and self.open:
            tags.extend(self.closing_tags())
        if here in self.opening and not self.open:
            index, report = self.opening[here]
            label = f"Report {index + 1}: {report.title or '(untitled)'}"
            tags.append(f"<div class='report' id='report-{index}'><div class='report-label'>{escape(label)}</div>")
            self.open = True
        return tags

    def closing_tags(self) -> list[str]:
        if not self.open:
            return []
        self.open = False
        return ["</div>"]


def _records(document: Document) -> str:
    if not document.reports:
        return "<p>No reports found.</p>"
    out: list[str] = []
    for r, report in enumerate(document.reports):
        date = report.meeting_date.start if report.meeting_date and report.meeting_date.start else "-"
        out.append(f"<h2><a class='go' href='#report-{r}'>{escape(report.title or '(untitled)')}</a></h2>")
        out.append(f"<div>meeting date: {escape(date)}</div>")
        speakers = [
            (
                f"r{r}-speaker-{i}",
                f"{s.name or '(unnamed)'}" + (f", {s.role}" if s.role else "") + (" (author)" if s.is_author else ""),
            )
            for i, s in enumerate(report.speakers)
        ]
        motions = [
            (
                f"r{r}-motion-{i}",
                f"[{m.kind.value}, {m.outcome.value}] {m.summary}"
                + (f"; moved by {', '.join(m.movers)}" if m.movers else "")
                + (f"; seconded by {', '.join(m.seconders)}" if m.seconders else "")
                + (f"; vote {_tally(m.vote.for_, m.vote.against)}" if m.vote else ""),
            )
            for i, m in enumerate(report.motions)
        ]
        votes = [
            (
                f"r{r}-vote-{i}",
                f"{_tally(v.for_, v.against)}"
                + (f", {v.abstentions} abstentions" if v.abstentions is not None else "")
                + (", unanimous" if v.unanimous else "")
                + f" ({v.outcome.value})",
            )
            for i, v in enumerate(report.votes)
        ]
        membership = [
            (
                f"r{r}-membership-{i}",
                f"{f.metric.value}: {'~' if f.approximate else ''}{f.value:,} ({f.organisation})"
                + (f", {f.qualifier}" if f.qualifier else ""),
            )
            for i, f in enumerate(report.membership)
        ]
        dates = [
            (f"r{r}-date-{i}", f"{d.text} → {d.start or 'unresolved'}" + (f" to {d.end}" if d.end else ""))
            for i, d in enumerate(report.dates)
        ]
        for heading, items in (
            ("Speakers", speakers),
            ("Motions", motions),
            ("Votes", votes),
            ("Membership", membership),
            ("Dates", dates),
        ):
            out.append(f"<h3>{heading} ({len(items)})</h3>")
            if items:
                entries = "".join(f"<li><a class='go' href='#{a}'>{escape(label)}</a></li>" for a, label in items)
                out.append(f"<ul>{entries}</ul>")
    return "".join(out)


def _tally(votes_for: int | None, against: int | None) -> str:
    return f"{'?' if votes_for is None else votes_for}–{'?' if against is None else against}"
