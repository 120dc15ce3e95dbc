"""Records as CSV for spreadsheets: one table to a stream, or every table at once into a folder.

A table is one kind of record (a row per record, led by its source, report and meeting date) or
``documents`` (a row per input: its author, publication date, error and record counts). Lists are
joined with "; ". With ``excel``, the file starts with a UTF-8 byte-order mark and rows end in CRLF, so
Excel reads dashes and accents as they are instead of guessing a Windows code page.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import Any, TextIO

from nec_extract.models import Document
from nec_extract.record_kinds import CsvTable, RecordKind
from nec_extract.writers.flatten import COLUMNS, DOCUMENT_COLUMNS, Row, document_records, document_row

CONTEXT = ("source", "report_index", "report_title", "meeting_date")
BYTE_ORDER_MARK = "\ufeff"
TABLES: tuple[CsvTable, ...] = tuple(table for table in CsvTable if table is not CsvTable.ALL)


def csv_header(table: CsvTable | RecordKind) -> list[str]:
    """``documents``' own columns; for a kind of record, the same four leading columns for every kind, then
    the kind's (a report's own title is its ``report_title``)."""
    if table == CsvTable.DOCUMENTS:
        return [name for name, _ in DOCUMENT_COLUMNS]
    return [*CONTEXT, *(name for name, _ in COLUMNS[RecordKind(table)] if name != "title")]


def table_rows(document: Document, table: CsvTable | RecordKind) -> Iterator[Row]:
    if table == CsvTable.DOCUMENTS:
        yield document_row(document)
        return
    for index, report, row in document_records(document, RecordKind(table)):
        context: Row = {
            "source": document.source,
            "report_index": index,
            "report_title": report.title,
            "meeting_date": report.meeting_date.start if report.meeting_date else None,
        }
        yield {**context, **row}


class CsvWriter:
    """Rows of one table for every document, under one header."""

    def __init__(self, stream: TextIO, table: CsvTable | RecordKind, *, excel: bool = False) -> None:
        self.table = table
        self.header = csv_header(table)
        self.stream = stream
        if excel:
            stream.write(BYTE_ORDER_MARK)
        self.writer = csv.writer(stream, lineterminator="\r\n" if excel else "\n")
        self.writer.writerow(self.header)

    def write(self, document: Document) -> None:
        for row in table_rows(document, self.table):
            self.writer.writerow([csv_cell(row[name]) for name in self.header])

    def close(self) -> None:
        self.stream.flush()


class CsvFolderWriter:
    """Every table in one pass: ``documents.csv``, ``reports.csv``, ``speakers.csv`` ... in one folder."""

    def __init__(self, streams: dict[CsvTable, TextIO], *, excel: bool = False) -> None:
        self.writers = [CsvWriter(stream, table, excel=excel) for table, stream in streams.items()]

    def write(self, document: Document) -> None:
        for writer in self.writers:
            writer.write(document)

    def close(self) -> None:
        for writer in self.writers:
            writer.close()


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell: empty for none, "true" or "false", a list joined with "; " (a pair in it, a range of
    offsets, as "start-end"); anything else as it is."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "; ".join(f"{v[0]}-{v[1]}" if isinstance(v, list) else str(v) for v in value)
    return value
