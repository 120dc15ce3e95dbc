"""Documents into a SQLite database: a table per record kind, linked to its report and document.

Tables: ``documents``, ``reports``, ``speakers``, ``motions``, ``votes``, ``membership``, ``dates``. Every
record row carries ``document_id`` and ``report_id`` (and its place, ``record_index``), and its evidence as
``evidence_start``, ``evidence_end`` and ``evidence_text`` (offsets into the document's decoded text).
Each document is written in one transaction; writing a file again (same path) replaces its rows, so a
folder can be processed again safely. Standard input is keyed by its content hash instead. On closing,
each speaker row's ``person`` and the ``people`` table are recomputed (:mod:`.people_table`).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nec_extract import __version__
from nec_extract.models import Document
from nec_extract.record_kinds import RecordKind
from nec_extract.writers import people_table
from nec_extract.writers.flatten import COLUMNS, document_records

SCHEMA_VERSION = 2
# version 2 gave every kind the same column names (a tally is vote_*, a date mention date_*); a database
# made by version 1 has its columns renamed when it is opened
RENAMED_IN_VERSION_2 = {
    "votes": {
        "votes_for": "vote_for",
        "votes_against": "vote_against",
        "abstentions": "vote_abstentions",
        "unanimous": "vote_unanimous",
    },
    "dates": {"text": "date_text", "precision": "date_precision"},
}
STDIN_KEY = "<stdin>"
RECORD_TABLES = tuple(kind for kind in RecordKind if kind is not RecordKind.REPORTS)
ROW_ID = {
    RecordKind.SPEAKERS: "speaker_id",
    RecordKind.MOTIONS: "motion_id",
    RecordKind.VOTES: "vote_id",
    RecordKind.MEMBERSHIP: "membership_id",
    RecordKind.DATES: "date_id",
}

DOCUMENTS_DDL = """
CREATE TABLE IF NOT EXISTS documents (
    document_id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    content_hash TEXT,
    source TEXT NOT NULL,
    author TEXT,
    published TEXT,
    encoding TEXT,
    input_format TEXT,
    schema_version TEXT,
    error_type TEXT,
    error_message TEXT,
    report_count INTEGER NOT NULL,
    extracted_at TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    UNIQUE (path, content_hash)
)"""


def _ddl() -> list[str]:
    own = ",\n    ".join(f"{name} {kind}" for name, kind in COLUMNS[RecordKind.REPORTS])
    statements = [
        DOCUMENTS_DDL,
        f"""CREATE TABLE IF NOT EXISTS reports (
    report_id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
    report_index INTEGER NOT NULL,
    {own}
)""",
        "CREATE INDEX IF NOT EXISTS reports_document ON reports(document_id)",
    ]
    for kind in RECORD_TABLES:
        columns = ",\n    ".join(f"{name} {sql_type}" for name, sql_type in COLUMNS[kind])
        statements.append(
            f"""CREATE TABLE IF NOT EXISTS {kind.value} (
    {ROW_ID[kind]} INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
    report_id INTEGER NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
    record_index INTEGER NOT NULL,
    {columns}
)"""
        )
        statements.append(f"CREATE INDEX IF NOT EXISTS {kind.value}_report ON {kind.value}(report_id)")
        statements.append(f"CREATE INDEX IF NOT EXISTS {kind.value}_document ON {kind.value}(document_id)")
    return statements


class DatabaseWriter:
    """Writes documents into the SQLite file at ``path`` (created with its tables when missing)."""

    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(path, timeout=30)
        self.connection.execute("PRAGMA foreign_keys = ON")
        with self.connection:
            _upgrade(self.connection)
            for statement in _ddl():
                self.connection.execute(statement)
            people_table.prepare(self.connection)
            self.connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def write(self, document: Document, *, key: str, content_hash: str | None) -> None:
        """Store one document and its records in one transaction, replacing what was stored for it."""
        with self.connection:
            self._delete(key, content_hash)
            document_id = self._insert(
                "documents",
                {
                    "path": key,
                    "content_hash": content_hash,
                    "source": document.source,
                    "author": document.author,
                    "published": document.published,
                    "encoding": document.encoding,
                    "input_format": document.input_format,
                    "schema_version": document.schema_version,
                    "error_type": document.error.type if document.error else None,
                    "error_message": document.error.message if document.error else None,
                    "report_count": len(document.reports),
                    "extracted_at": datetime.now(UTC).isoformat(timespec="seconds"),
                    "extractor_version": __version__,
                },
            )
            report_ids: list[int] = []
            for _, _, row in document_records(document, RecordKind.REPORTS):
                report_ids.append(
                    self._insert("reports", {"document_id": document_id, "report_index": len(report_ids), **row})
                )
            for kind in RECORD_TABLES:
                index_in_report: dict[int, int] = {}
                for report_index, _, row in document_records(document, kind):
                    place = index_in_report.get(report_index, 0)
                    index_in_report[report_index] = place + 1
                    values = {name: _value(value) for name, value in row.items()}
                    self._insert(
                        kind.value,
                        {
                            "document_id": document_id,
                            "report_id": report_ids[report_index],
                            "record_index": place,
                            **values,
                        },
                    )

    def _delete(self, key: str, content_hash: str | None) -> None:
        if key == STDIN_KEY:
            found = self.connection.execute(
                "SELECT document_id FROM documents WHERE path = ? AND content_hash IS ?", (key, content_hash)
            )
        else:
            found = self.connection.execute("SELECT document_id FROM documents WHERE path = ?", (key,))
        for (document_id,) in found.fetchall():
            for kind in (*RECORD_TABLES, RecordKind.REPORTS):
                self.connection.execute(f"DELETE FROM {kind.value} WHERE document_id = ?", (document_id,))
            self.connection.execute("DELETE FROM documents WHERE document_id = ?", (document_id,))

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cursor = self.connection.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(row.values()))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def close(self) -> None:
        people_table.refresh(self.connection)
        self.connection.close()


def _upgrade(connection: sqlite3.Connection) -> None:
    """Rename the columns of a version-1 database to this version's names."""
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    if version != 1:
        return
    for table, renames in RENAMED_IN_VERSION_2.items():
        present = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
        for old, new in renames.items():
            if old in present:
                connection.execute(f"ALTER TABLE {table} RENAME COLUMN {old} TO {new}")


def _value(value: Any) -> Any:
    """Lists are stored as JSON arrays (``json_each`` reads them); booleans as 0/1."""
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value
