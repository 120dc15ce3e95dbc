"""What each command of the CLI does, as library functions the CLI only wires options to.

:func:`parse` runs a batch from the paths a user names into the outputs they chose and returns the exit
status; :func:`print_text`, :func:`show` and :func:`print_schema` serve one file or the schema. A wrong
command raises :class:`~nec_extract.reading.discover.UsageProblem`, an output that cannot be written
:class:`~nec_extract.writers.OutputProblem` (both exit status 2), and a file that cannot be read
:class:`FileProblem` (its own status).
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

from nec_extract.record_kinds import RecordKind
from nec_extract.writers import OutputFormat

if TYPE_CHECKING:
    from nec_extract.reading.discover import Item
    from nec_extract.reading.inputs import DecodedText


class ExitStatus(IntEnum):
    OK = 0  # every file processed
    SOME_FAILED = 1  # some file could not be read or processed
    USAGE = 2  # the command itself was wrong, or its output cannot be written
    INTERRUPTED = 130  # Ctrl-C (128 + the signal's number for SIGTERM and SIGHUP)


class FileProblem(Exception):
    """The one file a command was given cannot be read: one line on stderr and ``status``."""

    def __init__(self, message: str, status: ExitStatus) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class ParseOptions:
    """What ``nec-extract parse`` was asked: see its ``--help``."""

    paths: Sequence[str]
    output_format: OutputFormat | None = None
    records: RecordKind | None = None
    jobs: int | None = None
    globs: Sequence[str] = ()
    output: Path | None = None
    db: Path | None = None
    debug: bool = False


def parse(options: ParseOptions) -> ExitStatus:
    """One document per input, in input order, written where ``options`` say; the exit status."""
    from nec_extract import batch
    from nec_extract.reporting import BatchReport
    from nec_extract.writers.destinations import Destinations

    chosen = _chosen_format(options)
    for target, option in ((options.output, "--output"), (options.db, "--db")):
        _check_target(target, option)
    report = BatchReport(debug=options.debug)
    items = batch.discover(options.paths, options.globs or batch.DEFAULT_GLOBS, on_skip=report.skipped)
    _refuse_overwriting_inputs(items, options)
    single = len(options.paths) == 1 and (options.paths[0] == batch.STDIN or not Path(options.paths[0]).is_dir())
    workers = min(options.jobs or batch.default_jobs(), len(items))
    with (
        _signals_end_like_ctrl_c(),
        report,
        Destinations(chosen, output=options.output, db=options.db, single=single, records=options.records) as out,
    ):
        if _wants_progress(len(items), chosen, options.output):
            report.show_progress(len(items))
        with closing(batch.run(items, workers)) as results:  # closed first: stops the workers
            for result in results:
                report.done(result)
                out.write(result)
                if not out.wanted:
                    break
    return ExitStatus.SOME_FAILED if report.failed else ExitStatus.OK


def _chosen_format(options: ParseOptions) -> OutputFormat | None:
    """The format asked for; by default JSON, or nothing on stdout when a database is the output."""
    from nec_extract.reading.discover import UsageProblem

    if options.records is not None and options.output_format is not OutputFormat.CSV:
        raise UsageProblem("--records needs --format csv")
    if options.output_format is not None:
        return options.output_format
    return OutputFormat.JSON if options.db is None or options.output is not None else None


def _check_target(target: Path | None, option: str) -> None:
    from nec_extract.reading.discover import UsageProblem

    if target is not None and not target.parent.is_dir():
        raise UsageProblem(f"{option}: no such folder: {target.parent}")
    if target is not None and target.is_dir():
        raise UsageProblem(f"{option}: is a folder: {target}")


def _refuse_overwriting_inputs(items: list[Item], options: ParseOptions) -> None:
    """An output file must be none of the inputs (nor the other output): writing it would destroy it."""
    from nec_extract.reading.discover import UsageProblem

    if options.output is not None and options.db is not None and _same_file(str(options.output), options.db):
        raise UsageProblem(f"--output and --db name the same file: {options.output}")
    for target, option in ((options.output, "--output"), (options.db, "--db")):
        if target is None or not target.exists():
            continue
        for item in items:
            if item.path is not None and _same_file(item.path, target):
                raise UsageProblem(f"{option}: {target} is one of the inputs; writing it would destroy it")


def _same_file(path: str, target: Path) -> bool:
    try:
        return target.samefile(path)
    except OSError:  # either is missing, or a link that loops
        return False


def _wants_progress(total: int, chosen: OutputFormat | None, output: Path | None) -> bool:
    """A bar on stderr when it is a terminal, for more than one file, unless the data goes to that terminal."""
    prints_to_terminal = chosen is not None and output is None and sys.stdout.isatty()
    return total > 1 and sys.stderr.isatty() and not prints_to_terminal


@contextmanager
def _signals_end_like_ctrl_c() -> Iterator[None]:
    """While a batch runs, `kill` (SIGTERM) and a closed terminal (SIGHUP) unwind as Ctrl-C does: workers
    stopped, no partial output file; the exit status is 128 + the signal's number."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def ended(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    watched = [signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    previous = {signum: signal.signal(signum, ended) for signum in watched}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def read_text(path: str) -> DecodedText:
    """The decoded text of one file (``-`` for standard input); a decoding notice is said on stderr."""
    from nec_extract.batch import decode_input
    from nec_extract.reading.inputs import InputError, read_source
    from nec_extract.reporting import say

    try:
        data, source = read_source(path)
        decoded = decode_input(data, path)
    except InputError as error:
        unusable_path = error.kind in {"FileNotFound", "IsADirectory", "PermissionDenied"}
        raise FileProblem(error.message, ExitStatus.USAGE if unusable_path else ExitStatus.SOME_FAILED) from None
    if decoded.notice is not None:
        say(f"{source}: {decoded.notice}")
    return decoded


def print_text(path: str) -> None:
    """Print the decoded text of a file exactly as the offsets of `parse` index it (UTF-8)."""
    decoded = read_text(path)
    sys.stdout.flush()
    sys.stdout.buffer.write(decoded.text.encode("utf-8", errors="surrogatepass"))
    sys.stdout.flush()


def show(path: str, html: str | None = None) -> None:
    """What was extracted from one file: a summary on stdout, or a review page written to ``html``."""
    from nec_extract.batch import extract_text
    from nec_extract.reading.discover import STDIN, STDIN_SOURCE, UsageProblem, shown_name
    from nec_extract.reporting import say
    from nec_extract.writers import OutputProblem, atomic_output, cannot_write

    decoded = read_text(path)
    source = STDIN_SOURCE if path == STDIN else shown_name(path)
    document = extract_text(decoded.text, source, decoded.encoding, decoded.input_format)
    if html is None:
        from nec_extract.writers.summary import print_details

        print_details(document)
        return
    from nec_extract.writers.review import render_review

    target = None if html == "-" else Path(html)
    if target is not None and not target.parent.is_dir():
        raise UsageProblem(f"--html: no such folder: {target.parent}")
    try:
        with atomic_output(target) as stream:
            stream.write(render_review(document, decoded.text))
    except OutputProblem as problem:
        raise OutputProblem(f"--html: {problem}") from None
    except OSError as error:  # writing the page into the temporary file
        raise OutputProblem(f"--html: {cannot_write(target or Path('-'), error)}") from None
    if target is not None:
        say(f"wrote {target}")


def print_schema() -> None:
    """Print the JSON Schema of the documents `parse` prints."""
    from nec_extract.models import output_schema

    sys.stdout.write(json.dumps(output_schema(), indent=2) + "\n")
