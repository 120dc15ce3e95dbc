"""Records as flat rows: one row per record of a kind, the columns shared by the CSV and SQLite writers.

A column is a name and its SQLite type. One naming scheme runs through every kind: a record's own fields
keep their names (``name``, ``kind``, ``outcome``, ``value``), and the fields of a value inside it are
prefixed with that value's name: ``vote_for`` / ``vote_against`` / ``vote_abstentions`` /
``vote_unanimous`` for a tally (in ``motions`` and ``votes`` alike), ``meeting_date_start``,
``date_text`` / ``date_start`` / ``date_precision``, ``span_start``, ``evidence_text``. The author is
written as the motions' movers write them: by name, or ``(author)`` when the page does not name them.
Lists (movers, seconders, speaker mentions) stay lists here; each writer decides how to store them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from nec_extract.models import (
    DateMention,
    Document,
    MembershipFigure,
    Motion,
    Report,
    Span,
    Speaker,
    Vote,
)
from nec_extract.record_kinds import RecordKind
from nec_extract.writers.wording import speaker_name

Row = dict[str, Any]


EVIDENCE = (("evidence_start", "INTEGER"), ("evidence_end", "INTEGER"), ("evidence_text", "TEXT"))
# how many records of each kind a report holds (a document: its reports together)
COUNTS = (
    ("speaker_count", "INTEGER"),
    ("motion_count", "INTEGER"),
    ("vote_count", "INTEGER"),
    ("membership_count", "INTEGER"),
    ("date_count", "INTEGER"),
)

COLUMNS: dict[RecordKind, tuple[tuple[str, str], ...]] = {
    RecordKind.REPORTS: (
        ("title", "TEXT"),
        ("span_start", "INTEGER"),
        ("span_end", "INTEGER"),
        ("meeting_date_text", "TEXT"),
        ("meeting_date_start", "TEXT"),
        ("meeting_date_end", "TEXT"),
        ("meeting_date_precision", "TEXT"),
        ("meeting_date_span_start", "INTEGER"),
        ("meeting_date_span_end", "INTEGER"),
        *COUNTS,
    ),
    RecordKind.SPEAKERS: (
        ("name", "TEXT"),
        ("role", "TEXT"),
        ("is_author", "INTEGER"),
        ("mention_count", "INTEGER"),
        ("mentions", "TEXT"),
        *EVIDENCE,
    ),
    RecordKind.MOTIONS: (
        ("kind", "TEXT"),
        ("summary", "TEXT"),
        ("movers", "TEXT"),
        ("seconders", "TEXT"),
        ("outcome", "TEXT"),
        ("vote_for", "INTEGER"),
        ("vote_against", "INTEGER"),
        ("vote_abstentions", "INTEGER"),
        ("vote_unanimous", "INTEGER"),
        *EVIDENCE,
    ),
    RecordKind.VOTES: (
        ("vote_for", "INTEGER"),
        ("vote_against", "INTEGER"),
        ("vote_abstentions", "INTEGER"),
        ("vote_unanimous", "INTEGER"),
        ("outcome", "TEXT"),
        *EVIDENCE,
    ),
    RecordKind.MEMBERSHIP: (
        ("metric", "TEXT"),
        ("value", "INTEGER"),
        ("approximate", "INTEGER"),
        ("organisation", "TEXT"),
        ("qualifier", "TEXT"),
        ("as_of", "TEXT"),
        *EVIDENCE,
    ),
    RecordKind.DATES: (
        ("date_text", "TEXT"),
        ("date_start", "TEXT"),
        ("date_end", "TEXT"),
        ("date_precision", "TEXT"),
        *EVIDENCE,
    ),
}


DOCUMENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source", "TEXT"),
    ("author", "TEXT"),
    ("published", "TEXT"),
    ("encoding", "TEXT"),
    ("input_format", "TEXT"),
    ("error_type", "TEXT"),
    ("error_message", "TEXT"),
    ("report_count", "INTEGER"),
    *COUNTS,
)


def document_row(document: Document) -> Row:
    """One input: what is known of the page, why it failed (if it did) and how many records it gave."""
    return {**document_facts(document), **_counts(document.reports)}


def document_facts(document: Document) -> Row:
    """What is known of the page, why it failed (if it did) and how many reports it gave: the columns the CSV
    documents table and the database's documents table share."""
    return {
        "source": document.source,
        "author": document.author,
        "published": document.published,
        "encoding": document.encoding,
        "input_format": document.input_format,
        "error_type": document.error.type if document.error else None,
        "error_message": document.error.message if document.error else None,
        "report_count": len(document.reports),
    }


def report_records(report: Report, kind: RecordKind) -> Iterator[Row]:
    """The rows of one kind of record in a report (for ``reports``, the report's own row)."""
    if kind is RecordKind.REPORTS:
        yield report_row(report)
    elif kind is RecordKind.SPEAKERS:
        yield from (speaker_row(s) for s in report.speakers)
    elif kind is RecordKind.MOTIONS:
        yield from (motion_row(m) for m in report.motions)
    elif kind is RecordKind.VOTES:
        yield from (vote_row(v) for v in report.votes)
    elif kind is RecordKind.MEMBERSHIP:
        yield from (membership_row(f) for f in report.membership)
    else:
        yield from (date_row(d) for d in report.dates)


def document_records(document: Document, kind: RecordKind) -> Iterator[tuple[int, Report, Row]]:
    """Every row of one kind in a document, with the index and the report it belongs to."""
    for index, report in enumerate(document.reports):
        for row in report_records(report, kind):
            yield index, report, row


def report_row(report: Report) -> Row:
    date = report.meeting_date
    return {
        "title": report.title,
        "span_start": report.span.start,
        "span_end": report.span.end,
        "meeting_date_text": date.text if date else None,
        "meeting_date_start": date.start if date else None,
        "meeting_date_end": date.end if date else None,
        "meeting_date_precision": date.precision.value if date and date.precision else None,
        "meeting_date_span_start": date.span.start if date else None,
        "meeting_date_span_end": date.span.end if date else None,
        **_counts([report]),
    }


def speaker_row(speaker: Speaker) -> Row:
    first = speaker.mentions[0] if speaker.mentions else None
    return {
        "name": speaker_name(speaker),
        "role": speaker.role,
        "is_author": speaker.is_author,
        "mention_count": len(speaker.mentions),
        "mentions": [[m.start, m.end] for m in speaker.mentions],
        **_evidence(first),
    }


def motion_row(motion: Motion) -> Row:
    vote = motion.vote
    return {
        "kind": motion.kind.value,
        "summary": motion.summary,
        "movers": list(motion.movers),
        "seconders": list(motion.seconders),
        "outcome": motion.outcome.value,
        "vote_for": vote.for_ if vote else None,
        "vote_against": vote.against if vote else None,
        "vote_abstentions": vote.abstentions if vote else None,
        "vote_unanimous": vote.unanimous if vote else None,
        **_evidence(motion.evidence),
    }


def vote_row(vote: Vote) -> Row:
    return {
        "vote_for": vote.for_,
        "vote_against": vote.against,
        "vote_abstentions": vote.abstentions,
        "vote_unanimous": vote.unanimous,
        "outcome": vote.outcome.value,
        **_evidence(vote.evidence),
    }


def membership_row(figure: MembershipFigure) -> Row:
    return {
        "metric": figure.metric.value,
        "value": figure.value,
        "approximate": figure.approximate,
        "organisation": figure.organisation,
        "qualifier": figure.qualifier,
        "as_of": figure.as_of,
        **_evidence(figure.evidence),
    }


def date_row(mention: DateMention) -> Row:
    return {
        "date_text": mention.text,
        "date_start": mention.start,
        "date_end": mention.end,
        "date_precision": mention.precision.value if mention.precision else None,
        **_evidence(mention.span),
    }


def _counts(reports: list[Report]) -> Row:
    return {
        "speaker_count": sum(len(r.speakers) for r in reports),
        "motion_count": sum(len(r.motions) for r in reports),
        "vote_count": sum(len(r.votes) for r in reports),
        "membership_count": sum(len(r.membership) for r in reports),
        "date_count": sum(len(r.dates) for r in reports),
    }


def _evidence(span: Span | None) -> Row:
    if span is None:
        return {"evidence_start": None, "evidence_end": None, "evidence_text": None}
    return {"evidence_start": span.start, "evidence_end": span.end, "evidence_text": span.text}
