"""Where documents go: JSON/JSON Lines and tables (:mod:`.documents`), CSV rows (:mod:`.records_csv`),
a SQLite database (:mod:`.database`) and an HTML review page (:mod:`.review`); :mod:`.destinations` sends
a batch's documents to the ones the user chose.

:class:`AtomicFile` (and :func:`atomic_output`) give a text stream that becomes the named file only when
it is complete (a device or a pipe is written straight into: :class:`DirectFile`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TextIO


class OutputFormat(StrEnum):
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    TABLE = "table"


class OutputProblem(Exception):
    """An output cannot be written (a read-only folder, a full disk, one of the inputs): exit status 2."""


class AtomicFile:
    """A UTF-8 text file that appears at ``path`` only when complete, replacing what was there.

    While it is written it has no name: it is an anonymous temporary file in ``path``'s folder (same disk,
    so a full disk shows at once), which the system frees however the process ends, even by SIGKILL.
    :meth:`commit` copies it into a hidden temporary file beside ``path``, flushes that to disk and renames
    it onto ``path``; :meth:`discard` drops it. Failures raise :class:`OutputProblem`.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            # closed by commit() or discard(), which outlive any `with` block here
            self.stream: TextIO = tempfile.TemporaryFile(  # noqa: SIM115
                "w+", encoding="utf-8", newline="", dir=self.path.parent
            )
        except OSError as error:
            raise OutputProblem(cannot_write(self.path, error)) from None

    def commit(self) -> None:
        try:
            self.stream.flush()
            self._publish()
        except OSError as error:
            raise OutputProblem(cannot_write(self.path, error)) from None
        finally:
            self.stream.close()

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.stream.close()

    def _publish(self) -> None:
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as named:
                self.stream.seek(0)
                shutil.copyfileobj(self.stream.buffer, named)
                named.flush()
                os.fsync(named.fileno())
            os.chmod(temporary, 0o666 & ~_umask())
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise


class DirectFile:
    """Output into something that is not a regular file (``/dev/null``, a named pipe, ``>(gzip)``): written
    straight into, since renaming a file onto it would replace the device or pipe itself."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self.stream: TextIO = open(self.path, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as error:
            raise OutputProblem(cannot_write(self.path, error)) from None

    def commit(self) -> None:
        try:
            self.stream.close()
        except OSError as error:
            raise OutputProblem(cannot_write(self.path, error)) from None

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.stream.close()


def open_output(path: Path) -> AtomicFile | DirectFile:
    """The file to write ``path`` through: atomic, unless ``path`` is a device or a pipe."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return AtomicFile(path)
    return AtomicFile(path) if stat.S_ISREG(mode) else DirectFile(path)


@contextlib.contextmanager
def atomic_output(path: Path | None) -> Iterator[TextIO]:
    """A UTF-8 text stream: standard output for ``None``, else the file :func:`open_output` gives for
    ``path``, completed when the block ends normally and dropped if it ends by an exception or Ctrl-C."""
    if path is None:
        if hasattr(sys.stdout, "reconfigure"):
            sys.stdout.reconfigure(encoding="utf-8")
        yield sys.stdout
        sys.stdout.flush()
        return
    output = open_output(path)
    try:
        yield output.stream
    except BaseException:
        output.discard()
        raise
    output.commit()


def cannot_write(path: Path, error: OSError) -> str:
    from nec_extract.reading.discover import shown_name

    return f"cannot write {shown_name(str(path))}: {error.strerror or error}"


def silence_stdout() -> None:
    """After the reader of standard output went away (``| head``), send what is still buffered nowhere,
    so that the final flush at exit does not fail."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
