"""The overview's aggregates as CSV files for spreadsheets and notebooks: ``membership.csv``,
``decisions.csv`` and ``people.csv`` in one folder. Lists are joined with "; "; a tally's columns are
named as in ``parse``'s CSV tables (``vote_for``, ``vote_against`` ...)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from nec_extract.collection.aggregate import Decision, MembershipPoint, Overview, PersonSummary
from nec_extract.writers import atomic_output
from nec_extract.writers.records_csv import csv_cell

REPORT_COLUMNS = ("source", "report_index", "report_title")
EVIDENCE_COLUMNS = ("evidence_start", "evidence_end", "evidence_text")
MEMBERSHIP_COLUMNS = (
    "date",
    "dated_by",
    "organisation",
    "metric",
    "value",
    "approximate",
    "qualifier",
    *REPORT_COLUMNS,
    *EVIDENCE_COLUMNS,
)
DECISION_COLUMNS = (
    "meeting_date",
    "dated_by",
    "kind",
    "summary",
    "movers",
    "seconders",
    "outcome",
    "vote_for",
    "vote_against",
    "vote_abstentions",
    "vote_unanimous",
    "vote_margin",
    *REPORT_COLUMNS,
    *EVIDENCE_COLUMNS,
)
PEOPLE_COLUMNS = ("person", "name_forms", "meetings", "reports", "first", "last", "moved", "seconded", "roles")


def write_csv_folder(overview: Overview, folder: Path) -> list[Path]:
    """Write the three files into ``folder`` (made if missing; each file atomically); return their paths."""
    folder.mkdir(exist_ok=True)
    tables = {
        "membership.csv": (MEMBERSHIP_COLUMNS, map(membership_row, overview.membership)),
        "decisions.csv": (DECISION_COLUMNS, map(decision_row, overview.decisions)),
        "people.csv": (PEOPLE_COLUMNS, map(person_row, overview.people)),
    }
    written: list[Path] = []
    for name, (columns, rows) in tables.items():
        path = folder / name
        with atomic_output(path) as stream:
            _write(stream, columns, rows)
        written.append(path)
    return written


def _write(stream: Any, columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(row[name]) for name in columns])


def _report(point: MembershipPoint | Decision) -> dict[str, Any]:
    report, found = point.report, point.evidence
    return {
        "source": report.document.source,
        "report_index": report.index,
        "report_title": report.title,
        "evidence_start": found.start,
        "evidence_end": found.end,
        "evidence_text": found.text,
    }


def membership_row(point: MembershipPoint) -> dict[str, Any]:
    return {
        "date": point.date,
        "dated_by": point.basis,
        "organisation": point.organisation,
        "metric": point.metric,
        "value": point.value,
        "approximate": point.approximate,
        "qualifier": point.qualifier,
        **_report(point),
    }


def decision_row(decision: Decision) -> dict[str, Any]:
    return {
        "meeting_date": decision.date,
        "dated_by": decision.basis,
        "kind": decision.kind,
        "summary": decision.summary,
        "movers": decision.movers,
        "seconders": decision.seconders,
        "outcome": decision.outcome,
        "vote_for": decision.votes_for,
        "vote_against": decision.votes_against,
        "vote_abstentions": decision.abstentions,
        "vote_unanimous": decision.unanimous,
        "vote_margin": decision.margin,
        **_report(decision),
    }


def person_row(person: PersonSummary) -> dict[str, Any]:
    dates = person.dates
    return {
        "person": person.key,
        "name_forms": sorted(person.forms),
        "meetings": person.meetings,
        "reports": len(person.reports),
        "first": dates[0] if dates else None,
        "last": dates[-1] if dates else None,
        "moved": [f"{d.date or 'undated'}: {d.summary}" for d in person.moved],
        "seconded": [f"{d.date or 'undated'}: {d.summary}" for d in person.seconded],
        "roles": [
            f"{period.role}{' (gazetteer)' if period.from_gazetteer else ''}: {period.when}"
            for period in person.role_periods
        ],
    }
