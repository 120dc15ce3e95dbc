"""Many inputs, one document each: find the files, run them (in parallel if asked), keep their order, lose none.

:func:`discover` turns the paths a user names into :class:`Item` s (folders searched recursively),
:func:`process_one` turns one item into a :class:`FileResult` whatever happens (a file that fails gets an
error document), and :func:`run` maps it over the items in input order, streaming, with ``jobs`` worker
processes. Each worker loads spaCy once, when it starts.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import sys
import traceback
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from nec_extract.models import Document, ErrorInfo, InputFormat

STDIN = "-"
STDIN_SOURCE = "<stdin>"
DEFAULT_GLOBS = ("*.txt",)


class UsageProblem(Exception):
    """The command itself is wrong (no such path, nothing to read): exit status 2."""


@dataclass(frozen=True)
class Item:
    """One input: a file to read, or standard input's bytes, or a place that already failed to be read."""

    source: str
    path: str | None = None
    data: bytes | None = None
    error: ErrorInfo | None = None
    published: date | None = None  # the day the page was published, when the user knows it


@dataclass(frozen=True)
class FileResult:
    """The document of one input, with what a database needs to key it."""

    document: Document
    key: str
    content_hash: str | None = None
    traceback: str | None = None

    @property
    def failed(self) -> bool:
        return self.document.error is not None


def default_jobs() -> int:
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def discover(paths: Sequence[str], globs: Sequence[str] = DEFAULT_GLOBS) -> list[Item]:
    """The inputs named by ``paths``, in order: files as given, folders searched recursively for files
    matching any of ``globs`` (sorted by path), ``-`` for standard input. A file named twice is read once.

    Raises :class:`UsageProblem` for a path that does not exist or cannot be read, a folder holding no
    matching file, or ``-`` given twice.
    """
    if list(paths).count(STDIN) > 1:
        raise UsageProblem("standard input (-) can be read only once")
    items: list[Item] = []
    seen: set[str] = set()
    for path in paths:
        if path == STDIN:
            items.append(Item(source=STDIN_SOURCE, data=sys.stdin.buffer.read()))
            continue
        found = _expand(path, globs)
        for item in found:
            key = _key(item.path) if item.path else item.source
            if key not in seen:
                seen.add(key)
                items.append(item)
    return items


def _expand(path: str, globs: Sequence[str]) -> list[Item]:
    target = Path(path)
    if not target.exists():
        raise UsageProblem(f"no such file or folder: {path}")
    if not os.access(target, os.R_OK):
        raise UsageProblem(f"permission denied: {path}")
    if not target.is_dir():
        return [Item(source=path, path=path)]
    items: list[Item] = []

    def unreadable(error: OSError) -> None:
        where = error.filename or path
        items.append(Item(source=str(where), error=ErrorInfo(type="UnreadableFolder", message=_os_message(error))))

    for folder, dirnames, filenames in os.walk(target, onerror=unreadable):
        dirnames.sort()
        for name in filenames:
            if any(fnmatch.fnmatch(name, pattern) for pattern in globs):
                items.append(Item(source=os.path.join(folder, name), path=os.path.join(folder, name)))
    if not items:
        raise UsageProblem(f"no files matching {' or '.join(globs)} in folder {path}")
    items.sort(key=lambda item: Path(item.source).parts)
    return items


def _os_message(error: OSError) -> str:
    return f"{error.strerror or error}: {error.filename}" if error.filename else str(error.strerror or error)


def _key(path: str) -> str:
    return str(Path(path).resolve())


def process_one(item: Item) -> FileResult:
    """The document of one input. Never raises for a bad input: failures become error documents."""
    from nec_extract.reading.inputs import InputError, read_source

    key = _key(item.path) if item.path else item.source
    if item.error is not None:
        return FileResult(Document(source=item.source, error=item.error), key)
    try:
        data = item.data if item.data is not None else read_source(item.path or item.source)[0]
    except InputError as error:
        return FileResult(_error_document(item.source, error.kind, error.message), key)
    content_hash = hashlib.sha256(data).hexdigest()
    try:
        text, encoding, input_format = decode_input(data, item.source)
        document = extract_text(text, item.source, encoding, input_format, published=item.published)
    except InputError as error:
        return FileResult(_error_document(item.source, error.kind, error.message), key, content_hash)
    except Exception as error:  # one file's failure must never stop a batch
        message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return FileResult(
            _error_document(item.source, type(error).__name__, message),
            key,
            content_hash,
            traceback=traceback.format_exc(),
        )
    return FileResult(document, key, content_hash)


def decode_input(data: bytes, name: str) -> tuple[str, str | None, InputFormat]:
    """Bytes to (text, encoding, input format), as :func:`nec_extract.inputs.load_text` reads them."""
    from nec_extract.reading.inputs import load_text

    decoded = load_text(data, name)
    return decoded.text, decoded.encoding, decoded.input_format


def extract_text(
    text: str, source: str, encoding: str | None, input_format: InputFormat, *, published: date | None = None
) -> Document:
    """The document of a decoded text, recording how it was decoded."""
    from nec_extract.pipeline import extract

    return extract(text, source, encoding=encoding, input_format=input_format, published=published)


def _error_document(source: str, kind: str, message: str) -> Document:
    return Document(source=source, error=ErrorInfo(type=kind, message=message))


def run(items: Iterable[Item], jobs: int = 1) -> Generator[FileResult, None, None]:
    """``process_one`` over ``items``, results in input order, with at most ``jobs`` processes.

    Streams: at most ``2 * jobs`` inputs are in flight, so memory does not grow with the batch.
    """
    if jobs <= 1:
        for item in items:
            yield process_one(item)
        return
    yield from _run_parallel(iter(items), jobs)


def _init_worker() -> None:
    """Each worker leaves Ctrl-C to the parent and loads spaCy once, before its first file."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from nec_extract.language.nlp import load_nlp

    load_nlp()


def _new_pool(jobs: int) -> ProcessPoolExecutor:
    import multiprocessing

    # forkserver: workers never inherit the parent's threads (a progress bar's) or its open files; the
    # server imports spaCy and the pipeline once, so each worker only loads the model
    if "forkserver" in multiprocessing.get_all_start_methods():
        server = multiprocessing.get_context("forkserver")
        server.set_forkserver_preload(["nec_extract.pipeline", "nec_extract.language.nlp", "spacy"])
        return ProcessPoolExecutor(jobs, mp_context=server, initializer=_init_worker)
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_init_worker)


def _run_parallel(items: Iterator[Item], jobs: int) -> Iterator[FileResult]:
    pool = _new_pool(jobs)
    pending: deque[tuple[Item, Future[FileResult]]] = deque()
    finished = False
    try:
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < 2 * jobs:
                item = next(items, None)
                if item is None:
                    exhausted = True
                else:
                    pending.append((item, pool.submit(process_one, item)))
            if not pending:
                break
            item, future = pending.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:
                # a worker died (out of memory, a crash in native code): find the culprit by running
                # every input that was in flight on its own, then go on with a fresh pool
                survivors = [item, *(queued for queued, _ in pending)]
                pending.clear()
                _stop(pool)
                yield from (_run_isolated(queued) for queued in survivors)
                pool = _new_pool(jobs)
                continue
            yield result
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            _stop(pool)


def _run_isolated(item: Item) -> FileResult:
    pool = _new_pool(1)
    try:
        return pool.submit(process_one, item).result()
    except BrokenProcessPool:
        message = "the worker process died while reading this file (out of memory, or a crash)"
        key = _key(item.path) if item.path else item.source
        return FileResult(_error_document(item.source, "WorkerCrashed", message), key)
    finally:
        _stop(pool)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop at once: drop queued inputs and end the workers (used on Ctrl-C and after a crash)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
