"""One kind of record as CSV: a flat row per record, with its source, report and meeting date."""

from __future__ import annotations

import csv
from typing import Any, TextIO

from nec_extract.models import Document
from nec_extract.record_kinds import RecordKind
from nec_extract.writers.flatten import COLUMNS, document_records

CONTEXT = ("source", "report_index", "report_title", "meeting_date")


def csv_header(kind: RecordKind) -> list[str]:
    """The same four leading columns for every kind; a report's own title is its ``report_title``."""
    return [*CONTEXT, *(name for name, _ in COLUMNS[kind] if name != "title")]


class CsvWriter:
    """Rows of ``kind`` for every document, under one header. Lists are joined with "; "."""

    def __init__(self, stream: TextIO, kind: RecordKind) -> None:
        self.kind = kind
        self.header = csv_header(kind)
        self.writer = csv.writer(stream, lineterminator="\n")
        self.stream = stream
        self.writer.writerow(self.header)

    def write(self, document: Document) -> None:
        for index, report, row in document_records(document, self.kind):
            context: dict[str, Any] = {
                "source": document.source,
                "report_index": index,
                "report_title": report.title,
                "meeting_date": report.meeting_date.start if report.meeting_date else None,
            }
            full = {**context, **row}
            self.writer.writerow([_cell(full[name]) for name in self.header])

    def close(self) -> None:
        self.stream.flush()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(str(v) if not isinstance(v, list) else f"{v[0]}-{v[1]}" for v in value)
    return value
