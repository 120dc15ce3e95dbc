"""A batch's documents sent where the user asked: a stream in the chosen format (standard output, or a file
written atomically) and a SQLite database, either or both.

When the reader of standard output goes away (``| head -1``), the stream ends quietly; the batch ends too
unless a database still wants the documents. Any other failure to write (a read-only folder, a full disk, a
locked database) is an :class:`~nec_extract.writers.OutputProblem` naming the option.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Protocol, TextIO, TypeVar

from nec_extract.record_kinds import CsvTable
from nec_extract.writers import (
    AtomicFile,
    DirectFile,
    OutputFormat,
    OutputProblem,
    cannot_write,
    open_output,
    silence_stdout,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from nec_extract.batch import FileResult
    from nec_extract.models import Document
    from nec_extract.writers.database import DatabaseWriter


Done = TypeVar("Done")


class Writer(Protocol):
    def write(self, document: Document) -> None: ...

    def close(self) -> None: ...


def open_writer(
    output_format: OutputFormat, stream: TextIO, *, single: bool, records: CsvTable | None, excel: bool = False
) -> Writer:
    """The writer of ``output_format`` on ``stream``; ``single``: JSON of one document, not an array;
    ``records``: which CSV table (not ``all``, which needs a folder: see :class:`Destinations`)."""
    from nec_extract.writers.documents import JsonLinesWriter, JsonWriter, TableWriter

    if output_format is OutputFormat.JSONL:
        return JsonLinesWriter(stream)
    if output_format is OutputFormat.JSON:
        return JsonWriter(stream, single=single)
    if output_format is OutputFormat.TABLE:
        return TableWriter(stream)
    from nec_extract.writers.records_csv import CsvWriter

    return CsvWriter(stream, records or CsvTable.REPORTS, excel=excel)


def open_database(path: Path) -> DatabaseWriter:
    from nec_extract.writers.database import DatabaseWriter

    try:
        return DatabaseWriter(path)
    except sqlite3.Error as error:
        raise OutputProblem(f"--db: cannot use {path} as a SQLite database: {error}") from None


class Destinations:
    """Where each document of a batch goes. Use as a context manager: leaving the block normally
    completes every output (files are renamed into place); leaving it by an exception drops the files."""

    def __init__(
        self,
        output_format: OutputFormat | None,
        *,
        output: Path | None,
        db: Path | None,
        single: bool,
        records: CsvTable | None,
        excel: bool = False,
    ) -> None:
        self.output = output
        self.db = db
        self.files: list[AtomicFile | DirectFile] = []
        self.writer: Writer | None = None
        self.database: DatabaseWriter | None = None
        try:
            if output_format is OutputFormat.CSV and records is CsvTable.ALL:
                self.writer = self._open_table_folder(excel)
            elif output_format is not None:
                stream = self._open_stream()
                self.writer = open_writer(output_format, stream, single=single, records=records, excel=excel)
            if db is not None:
                self.database = open_database(db)
        except BaseException:
            self.discard()
            raise

    def _open_stream(self) -> TextIO:
        if self.output is None:
            if hasattr(sys.stdout, "reconfigure"):
                sys.stdout.reconfigure(encoding="utf-8")
            return sys.stdout
        return self._open_file(self.output)

    def _open_table_folder(self, excel: bool) -> Writer:
        """Every CSV table at once, one file each, into the folder ``output`` (made if missing)."""
        from nec_extract.writers.records_csv import TABLES, CsvFolderWriter

        folder = self.output
        assert folder is not None, "every table at once needs a folder to write into"
        self._as_output_problem(lambda: folder.mkdir(exist_ok=True))
        return CsvFolderWriter({table: self._open_file(folder / f"{table.value}.csv") for table in TABLES}, excel=excel)

    def _open_file(self, path: Path) -> TextIO:
        file = self._as_output_problem(lambda: open_output(path))
        self.files.append(file)
        return file.stream

    def __enter__(self) -> Destinations:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if kind is None:
            self.finish()
        else:
            self.discard()

    @property
    def wanted(self) -> bool:
        """Whether anything still takes documents (not when standard output closed and there is no database)."""
        return self.writer is not None or self.database is not None

    def write(self, result: FileResult) -> None:
        writer = self.writer
        if writer is not None:
            self._to_stream(lambda: writer.write(result.document))
        if self.database is not None:
            try:
                self.database.write(result.document, key=result.key, content_hash=result.content_hash)
            except sqlite3.Error as error:
                raise OutputProblem(f"--db: cannot write to {self.db}: {error}") from None

    def finish(self) -> None:
        """Complete every output: close the format, publish the files, close the database."""
        try:
            if self.writer is not None:
                self._to_stream(self.writer.close)
            if self.writer is not None and not self.files:
                self._to_stream(sys.stdout.flush)
            while self.files:
                self._as_output_problem(self.files.pop(0).commit)
            database, self.database = self.database, None
            if database is not None:
                self._as_database_problem(database.close)
        finally:
            self.discard()

    def discard(self) -> None:
        while self.files:
            self.files.pop().discard()
        if self.database is not None:
            database, self.database = self.database, None
            with contextlib.suppress(sqlite3.Error):
                database.close()

    def _to_stream(self, action: Callable[[], None]) -> None:
        if self.files:
            self._as_output_problem(action)
            return
        try:
            action()
        except BrokenPipeError:  # the reader went away: its choice, not a failure
            self.writer = None
            silence_stdout()
        except OSError as error:
            raise OutputProblem(f"cannot write to standard output: {error.strerror or error}") from None

    def _as_output_problem(self, action: Callable[[], Done]) -> Done:
        try:
            return action()
        except OutputProblem as problem:
            raise OutputProblem(f"--output: {problem}") from None
        except OSError as error:
            raise OutputProblem(f"--output: {cannot_write(self.output or Path(), error)}") from None

    def _as_database_problem(self, action: Callable[[], None]) -> None:
        try:
            action()
        except sqlite3.Error as error:
            raise OutputProblem(f"--db: cannot write to {self.db}: {error}") from None
