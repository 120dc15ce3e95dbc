"""Documents into a SQLite database: a table per record kind, linked to its report and document.

Tables: ``documents``, ``reports``, ``speakers``, ``motions``, ``votes``, ``membership``, ``dates``. Every
record row carries ``document_id`` and ``report_id`` (and its place, ``record_index``), and its evidence as
``evidence_start``, ``evidence_end`` and ``evidence_text`` (offsets into the document's decoded text).
Each document is written in one transaction; writing a file again (same path) replaces its rows, so a
folder can be processed again safely, and so does a file with the same content (hash) at a new path when
its old path is gone (a moved folder). Standard input is keyed by its content hash instead. On closing,
each speaker row's ``person`` and the ``people`` table are recomputed (:mod:`.people_table`).

Several runs may write into one database at once: each transaction takes the write lock before it reads
what to replace (``BEGIN IMMEDIATE``), and a writer waits for another's transaction to end (busy timeout).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nec_extract import __version__
from nec_extract.models import Document
from nec_extract.record_kinds import RecordKind
from nec_extract.writers import people_table
from nec_extract.writers.flatten import COLUMNS, document_facts, document_records

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
# How long a writer waits for another to finish its transaction (one document's rows take milliseconds).
BUSY_TIMEOUT_SECONDS = 60
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
        # isolation_level=None: no implicit transactions, so each one can begin with BEGIN IMMEDIATE
        self.connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        try:
            self.connection.execute("PRAGMA foreign_keys = ON")
            with self._transaction():
                _upgrade(self.connection)
                for statement in _ddl():
                    self.connection.execute(statement)
                people_table.prepare(self.connection)
                self.connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except BaseException:
            self.connection.close()
            raise

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction. It takes the write lock first: a deferred one would read what to replace,
        then wait for a concurrent writer and find that writer's new rows in its way (UNIQUE failed)."""
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def write(self, document: Document, *, key: str, content_hash: str | None) -> None:
        """Store one document and its records in one transaction, replacing what was stored for it."""
        with self._transaction():
            self._delete(key, content_hash)
            document_id = self._insert(
                "documents",
                {
                    "path": key,
                    "content_hash": content_hash,
                    **document_facts(document),
                    "schema_version": document.schema_version,
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
        for document_id in self._replaced(key, content_hash):
            for kind in (*RECORD_TABLES, RecordKind.REPORTS):
                self.connection.execute(f"DELETE FROM {kind.value} WHERE document_id = ?", (document_id,))
            self.connection.execute("DELETE FROM documents WHERE document_id = ?", (document_id,))

    def _replaced(self, key: str, content_hash: str | None) -> list[int]:
        """The documents a new one at ``key`` replaces: the same path's; for standard input, the same
        text's; and the same content's at a path that no longer exists (the file was moved)."""
        if key == STDIN_KEY:
            query = "SELECT document_id FROM documents WHERE path = ? AND content_hash IS ?"
            return [row[0] for row in self.connection.execute(query, (key, content_hash))]
        replaced = [
            row[0] for row in self.connection.execute("SELECT document_id FROM documents WHERE path = ?", (key,))
        ]
        if content_hash is not None:
            query = "SELECT document_id, path FROM documents WHERE content_hash = ? AND path NOT IN (?, ?)"
            for document_id, path in self.connection.execute(query, (content_hash, key, STDIN_KEY)).fetchall():
                if not os.path.lexists(path):
                    replaced.append(document_id)
        return replaced

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cursor = self.connection.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(row.values()))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def close(self) -> None:
        """Recompute the people over everything stored (under the write lock, so that a run writing at the
        same time is either wholly counted or not yet), then close."""
        try:
            with self._transaction():
                people_table.refresh(self.connection)
        finally:
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
