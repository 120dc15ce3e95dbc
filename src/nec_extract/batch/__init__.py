"""Many inputs, one document each: run them (in parallel if asked), keep their order, lose none.

:func:`discover` (from :mod:`nec_extract.reading.discover`) turns the paths a user names into
:class:`Item` s, :func:`process_one` turns one item into a :class:`FileResult` whatever happens (a file
that fails gets an error document), and :func:`run` maps it over the items in input order, streaming,
with ``jobs`` worker processes (:mod:`nec_extract.batch.pool`). Each worker loads spaCy once, when it starts.
A process that does nothing but extract (the command line's, declared by :func:`extract_only`; each worker) leaves
the loaded model out of the garbage collector's full passes; a library caller's own objects stay in them.
"""

from __future__ import annotations

import gc
import hashlib
import os
import traceback
from collections.abc import Generator, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from nec_extract.models import Document, ErrorInfo, InputFormat
from nec_extract.reading.discover import (
    DEFAULT_GLOBS,
    STDIN,
    STDIN_SOURCE,
    Item,
    UsageProblem,
    discover,
    item_key,
)
from nec_extract.reading.inputs import DecodedText

__all__ = [
    "DEFAULT_GLOBS",
    "STDIN",
    "STDIN_SOURCE",
    "FileResult",
    "Item",
    "UsageProblem",
    "default_jobs",
    "discover",
    "extract_only",
    "process_one",
    "run",
]

# imported once by the forkserver for every worker
WORKER_PRELOAD = ("nec_extract.pipeline", "nec_extract.language.nlp", "spacy")

_extracting_only = False  # set by extract_only: this process does nothing but extract


@dataclass(frozen=True)
class FileResult:
    """The document of one input, with what a database needs to key it and what the user should be told."""

    document: Document
    key: str
    content_hash: str | None = None
    traceback: str | None = None
    notice: str | None = None

    @property
    def failed(self) -> bool:
        return self.document.error is not None


def default_jobs() -> int:
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def process_one(item: Item) -> FileResult:
    """The document of one input. Never raises for a bad input: failures become error documents."""
    from nec_extract.reading.inputs import InputError, read_source

    key = item_key(item)
    if item.error is not None:
        return FileResult(Document(source=item.source, error=item.error), key)
    try:
        data = item.data if item.data is not None else read_source(item.path or item.source)[0]
    except InputError as error:
        return FileResult(_error_document(item.source, error.kind, error.message), key)
    content_hash = hashlib.sha256(data).hexdigest()
    try:
        decoded = decode_input(data, item.path or item.source)
        document = extract_text(
            decoded.text, item.source, decoded.encoding, decoded.input_format, published=item.published
        )
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
    return FileResult(document, key, content_hash, notice=decoded.notice)


def decode_input(data: bytes, name: str) -> DecodedText:
    """Bytes to text, as :func:`nec_extract.reading.inputs.load_text` reads them."""
    from nec_extract.reading.inputs import load_text

    return load_text(data, name)


def extract_text(
    text: str, source: str, encoding: str | None, input_format: InputFormat, *, published: date | None = None
) -> Document:
    """The document of a decoded text, recording how it was decoded."""
    from nec_extract.pipeline import extract

    if _extracting_only:
        _settle_the_model()
    return extract(text, source, encoding=encoding, input_format=input_format, published=published)


def extract_only() -> None:
    """Declare this process one that does nothing but extract (the command line's), as each worker is: the model is
    then loaded before the first text and settled (:func:`_settle_the_model`). A library process is never settled: its
    own objects alive then would be frozen too (only cycles among them are kept, but they are the caller's)."""
    global _extracting_only
    _extracting_only = True


@cache
def _settle_the_model() -> None:
    """Load spaCy, once per process, and leave every object alive then (the model's, about a hundred thousand, kept
    until the process ends) out of the garbage collector's full passes, which would otherwise walk them all again
    every few pages (gc.freeze; what the pages leave behind is collected as before)."""
    from nec_extract.language.nlp import load_nlp

    load_nlp()
    gc.freeze()


def _error_document(source: str, kind: str, message: str) -> Document:
    return Document(source=source, error=ErrorInfo(type=kind, message=message))


def _crashed(item: Item) -> FileResult:
    message = "the worker process died while reading this file (out of memory, or a crash)"
    return FileResult(_error_document(item.source, "WorkerCrashed", message), item_key(item))


def run(items: Iterable[Item], jobs: int = 1) -> Generator[FileResult, None, None]:
    """``process_one`` over ``items``, results in input order, with at most ``jobs`` processes.

    Streams: at most ``2 * jobs`` inputs are in flight, so memory does not grow with the batch. Closing
    the generator early stops the workers.
    """
    if jobs <= 1:
        for item in items:
            yield process_one(item)
        return
    from nec_extract.batch.pool import ordered_map

    yield from ordered_map(
        process_one, iter(items), jobs, warm_up=_init_worker, crashed=_crashed, preload=WORKER_PRELOAD
    )


def _init_worker() -> None:
    """Each worker loads spaCy once, before its first file."""
    _settle_the_model()
