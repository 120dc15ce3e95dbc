"""A collection of documents as flat rows, the same rows the SQLite database holds: read from documents
just extracted, or from a database written by ``parse --db`` (which needs neither spaCy nor the pages).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from nec_extract.batch import DEFAULT_GLOBS, STDIN, FileResult, default_jobs, discover, run
from nec_extract.models import Document
from nec_extract.reading.discover import SkipReporter, warn_skipped
from nec_extract.record_kinds import RecordKind
from nec_extract.writers.flatten import Row, document_facts, document_records

SQLITE_MAGIC = b"SQLite format 3\x00"
LIST_COLUMNS = {"movers", "seconders", "mentions"}
RECORD_KINDS = (RecordKind.SPEAKERS, RecordKind.MOTIONS, RecordKind.VOTES, RecordKind.MEMBERSHIP)


class NotADatabase(Exception):
    """A SQLite file that ``parse --db`` did not write."""


@dataclass(frozen=True)
class DocumentEntry:
    """One input file: where it is (for links, when known) and how its extraction went."""

    source: str
    path: str | None = None
    author: str | None = None
    published: str | None = None
    error_type: str | None = None
    error_message: str | None = None
    report_count: int = 0


@dataclass(frozen=True)
class ReportEntry:
    """One report of a document, and the date that places it in time."""

    document: DocumentEntry
    index: int
    title: str | None = None
    meeting_date: str | None = None

    @property
    def when(self) -> str | None:
        """The meeting date, else the day the page was published."""
        return self.meeting_date or self.document.published


@dataclass
class Collection:
    documents: list[DocumentEntry] = field(default_factory=list)
    reports: list[ReportEntry] = field(default_factory=list)
    records: dict[RecordKind, list[tuple[ReportEntry, Row]]] = field(
        default_factory=lambda: {kind: [] for kind in RECORD_KINDS}
    )

    def extend(self, other: Collection) -> None:
        """Add ``other``'s documents, less those of a file already here (a database and a folder
        holding the same file count it once: the first input wins)."""
        known = {document.path for document in self.documents if document.path}
        self.documents.extend(d for d in other.documents if d.path not in known)
        self.reports.extend(r for r in other.reports if r.document.path not in known)
        for kind in RECORD_KINDS:
            self.records[kind].extend(pair for pair in other.records[kind] if pair[0].document.path not in known)


def is_database(path: Path) -> bool:
    """Whether ``path`` is a SQLite file (by its first bytes, whatever its name)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def from_documents(documents: Iterable[tuple[Document, str | None]]) -> Collection:
    """The collection of ``(document, path)`` pairs; ``path`` is where the file is, when it is one."""
    collection = Collection()
    for document, path in documents:
        entry = _document_entry(document_facts(document), path)
        collection.documents.append(entry)
        reports = [_report_entry(entry, index, row) for index, _, row in document_records(document, RecordKind.REPORTS)]
        collection.reports.extend(reports)
        for kind in RECORD_KINDS:
            collection.records[kind].extend((reports[index], row) for index, _, row in document_records(document, kind))
    return collection


def from_database(path: Path) -> Collection:
    """The collection stored in the SQLite file at ``path``, opened read-only."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return from_connection(connection)
    except sqlite3.DatabaseError as error:
        raise NotADatabase(f"{path}: not a database written by `nec-extract parse --db` ({error})") from None
    finally:
        connection.close()


def from_connection(connection: sqlite3.Connection) -> Collection:
    """The collection in an open database written by ``parse --db``."""
    collection = Collection()
    documents: dict[int, DocumentEntry] = {}
    for row in _rows(connection, "SELECT * FROM documents ORDER BY document_id"):
        path = row["path"] if Path(row["path"]).is_absolute() else None
        documents[row["document_id"]] = _document_entry(row, path)
    collection.documents.extend(documents.values())
    reports: dict[int, ReportEntry] = {}
    for row in _rows(connection, "SELECT * FROM reports ORDER BY document_id, report_index"):
        reports[row["report_id"]] = _report_entry(documents[row["document_id"]], row["report_index"], row)
    collection.reports.extend(reports.values())
    for kind in RECORD_KINDS:
        query = f"SELECT * FROM {kind.value} ORDER BY document_id, report_id, record_index"  # kind: a fixed name
        for row in _rows(connection, query):
            collection.records[kind].append((reports[row["report_id"]], _row(row)))
    return collection


def _document_entry(row: Row | sqlite3.Row, path: str | None) -> DocumentEntry:
    """One input from its flat row, as :func:`~nec_extract.writers.flatten.document_facts` gives it or as stored."""
    return DocumentEntry(
        source=row["source"],
        path=path,
        author=row["author"],
        published=row["published"],
        error_type=row["error_type"],
        error_message=row["error_message"],
        report_count=row["report_count"],
    )


def _report_entry(document: DocumentEntry, index: int, row: Row | sqlite3.Row) -> ReportEntry:
    """One report from its flat row, as :func:`~nec_extract.writers.flatten.report_row` gives it or as stored."""
    return ReportEntry(document, index, row["title"], row["meeting_date_start"])


def _rows(connection: sqlite3.Connection, query: str) -> Iterator[sqlite3.Row]:
    cursor = connection.cursor()
    cursor.row_factory = sqlite3.Row
    yield from cursor.execute(query)


def _row(row: sqlite3.Row) -> Row:
    """A stored row as :mod:`nec_extract.writers.flatten` gives it: lists decoded from their JSON."""
    return {name: json.loads(row[name]) if name in LIST_COLUMNS and row[name] else row[name] for name in row.keys()}  # noqa: SIM118


def gather(
    paths: Sequence[str],
    globs: Sequence[str] = DEFAULT_GLOBS,
    jobs: int | None = None,
    on_result: Callable[[FileResult], None] | None = None,
    on_skip: SkipReporter = warn_skipped,
) -> Collection:
    """The collection of every input: SQLite databases are read as stored (no spaCy), files and folders
    are extracted (``jobs`` processes). ``on_result`` sees each extracted file's result as it comes,
    ``on_skip`` each folder entry that is not a file to read.

    Raises :class:`nec_extract.batch.UsageProblem` for a path that does not exist or a folder with no
    matching file, and :class:`NotADatabase` for a SQLite file that ``parse --db`` did not write.
    """
    databases = [path for path in paths if path != STDIN and is_database(Path(path))]
    pages = [path for path in paths if path not in databases]
    collection = Collection()
    for path in databases:
        collection.extend(from_database(Path(path)))
    if pages:
        items = discover(pages, globs, on_skip)
        with closing(run(items, min(jobs or default_jobs(), len(items)))) as results:
            collection.extend(from_documents(_documents(results, on_result)))
    return collection


def _documents(
    results: Iterable[FileResult], on_result: Callable[[FileResult], None] | None
) -> Iterator[tuple[Document, str | None]]:
    for result in results:
        if on_result is not None:
            on_result(result)
        yield result.document, result.key if Path(result.key).is_absolute() else None
