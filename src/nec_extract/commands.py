"""What each command of the CLI does, as library functions the CLI only wires options to.

:func:`parse` runs a batch from the paths a user names into the outputs they chose and returns the exit
status; :func:`overview` does the same for a collection's overview; :func:`print_text`, :func:`show` and
:func:`print_schema` serve one file or the schema. A wrong command raises
:class:`~nec_extract.reading.discover.UsageProblem`, an output that cannot be written
:class:`~nec_extract.writers.OutputProblem` (both exit status 2), and anything else that stops a command
:class:`CommandError` (with its own status).
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from nec_extract.record_kinds import CsvTable
from nec_extract.writers import OutputFormat

if TYPE_CHECKING:
    from datetime import date

    from nec_extract.reading.discover import Item
    from nec_extract.reading.inputs import DecodedText


class ExitStatus(IntEnum):
    OK = 0  # every file processed
    SOME_FAILED = 1  # some file could not be read or processed
    USAGE = 2  # the command itself was wrong, or its output cannot be written
    INTERRUPTED = 130  # Ctrl-C (128 + the signal's number for SIGTERM and SIGHUP)


class CommandError(Exception):
    """A command cannot do what was asked (the one file it was given cannot be read, a missing extra):
    one line on stderr and ``status``."""

    def __init__(self, message: str, status: ExitStatus) -> None:
        super().__init__(message)
        self.status = status


class OverviewFormat(StrEnum):
    HTML = "html"
    CSV = "csv"


@dataclass(frozen=True)
class ParseOptions:
    """What ``nec-extract parse`` was asked: see its ``--help``."""

    paths: Sequence[str]
    output_format: OutputFormat | None = None
    records: CsvTable | None = None
    excel: bool = False
    published: str | None = None
    manifest: Path | None = None
    jobs: int | None = None
    globs: Sequence[str] = ()
    output: Path | None = None
    db: Path | None = None
    debug: bool = False


def parse(options: ParseOptions) -> ExitStatus:
    """One document per input, in input order, written where ``options`` say; the exit status."""
    from nec_extract import batch
    from nec_extract.batch.reporting import BatchReport
    from nec_extract.writers.destinations import Destinations

    chosen = _chosen_format(options)
    report = BatchReport(debug=options.debug)
    found = batch.discover(options.paths, options.globs or batch.DEFAULT_GLOBS, on_skip=report.skipped)
    items = _with_published(found, options.published, options.manifest)
    _refuse_overwriting_inputs(items, options)
    single = len(options.paths) == 1 and (options.paths[0] == batch.STDIN or not Path(options.paths[0]).is_dir())
    workers = min(options.jobs or batch.default_jobs(), len(items))
    destinations = Destinations(
        chosen, output=options.output, db=options.db, single=single, records=options.records, excel=options.excel
    )
    with _signals_end_like_ctrl_c(), report, destinations as out:
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
    """The format to print (None: only the database), once the output options are known to fit together."""
    from nec_extract.reading.discover import UsageProblem

    records, output = options.records, options.output
    if (records is not None or options.excel) and options.output_format is not OutputFormat.CSV:
        raise UsageProblem(f"{'--records' if records is not None else '--excel'} needs --format csv")
    if records is CsvTable.ALL and output is None:
        raise UsageProblem("--records all writes one file per table: name their folder with --output DIR")
    for target, option in ((output, "--output"), (options.db, "--db")):
        if target is not None and not target.parent.is_dir():
            raise UsageProblem(f"{option}: no such folder: {target.parent}")
        if target is not None and target.is_dir() and not (option == "--output" and records is CsvTable.ALL):
            raise UsageProblem(f"{option}: is a folder: {target}")
    return options.output_format or (OutputFormat.JSON if options.db is None or output is not None else None)


def _with_published(items: list[Item], published: str | None, manifest: Path | None) -> list[Item]:
    """The inputs with the publication days the user supplied (``--published`` or ``--manifest``)."""
    from nec_extract.reading import supplied_dates
    from nec_extract.reading.discover import UsageProblem

    if published is not None and manifest is not None:
        raise UsageProblem("--published and --manifest: give one or the other")
    try:
        day = supplied_dates.parse_day(published) if published is not None else None
        dates = supplied_dates.read_manifest(manifest) if manifest is not None else None
        return supplied_dates.with_published(items, published=day, manifest=dates)
    except supplied_dates.SuppliedDateError as problem:
        raise UsageProblem(str(problem)) from None


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
    from nec_extract.batch.reporting import say
    from nec_extract.reading.inputs import InputError, read_source

    try:
        data, source = read_source(path)
        decoded = decode_input(data, path)
    except InputError as error:
        unusable_path = error.kind in {"FileNotFound", "IsADirectory", "PermissionDenied"}
        raise CommandError(error.message, ExitStatus.USAGE if unusable_path else ExitStatus.SOME_FAILED) from None
    if decoded.notice is not None:
        say(f"{source}: {decoded.notice}")
    return decoded


def print_text(path: str) -> None:
    """Print the decoded text of a file exactly as the offsets of `parse` index it (UTF-8)."""
    decoded = read_text(path)
    sys.stdout.flush()
    sys.stdout.buffer.write(decoded.text.encode("utf-8", errors="surrogatepass"))
    sys.stdout.flush()


def show(path: str, html: str | None = None, published: str | None = None) -> None:
    """What was extracted from one file: a summary on stdout, or a review page written to ``html``;
    ``published``: the day the page was published (YYYY-MM-DD), when it does not say."""
    from nec_extract.batch import extract_text
    from nec_extract.batch.reporting import say
    from nec_extract.reading.discover import STDIN, STDIN_SOURCE, UsageProblem, shown_name
    from nec_extract.writers import OutputProblem, atomic_output, cannot_write

    day = _day(published)
    decoded = read_text(path)
    source = STDIN_SOURCE if path == STDIN else shown_name(path)
    document = extract_text(decoded.text, source, decoded.encoding, decoded.input_format, published=day)
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


def _day(published: str | None) -> date | None:
    from nec_extract.reading.discover import UsageProblem
    from nec_extract.reading.supplied_dates import SuppliedDateError, parse_day

    try:
        return parse_day(published) if published is not None else None
    except SuppliedDateError as problem:
        raise UsageProblem(str(problem)) from None


def overview(
    paths: Sequence[str],
    output: Path,
    output_format: OverviewFormat = OverviewFormat.HTML,
    jobs: int | None = None,
    globs: Sequence[str] = (),
    debug: bool = False,
) -> ExitStatus:
    """The overview of a collection (files, folders, databases) written to ``output``: a page (html), or
    CSV files in the folder ``output`` (csv); the exit status (1 when some file failed)."""
    from nec_extract.batch import DEFAULT_GLOBS
    from nec_extract.batch.reporting import BatchReport, say
    from nec_extract.collection import export, load, render
    from nec_extract.collection.aggregate import summarise
    from nec_extract.reading.discover import UsageProblem
    from nec_extract.writers import OutputProblem, cannot_write

    _check_overview_output(output, output_format)
    report = BatchReport(debug=debug)
    with _signals_end_like_ctrl_c():
        try:
            collection = load.gather(paths, globs or DEFAULT_GLOBS, jobs, on_result=report.done, on_skip=report.skipped)
        except load.NotADatabase as problem:
            raise UsageProblem(str(problem)) from None
    summary = summarise(collection)
    try:
        if output_format is OverviewFormat.CSV:
            written = export.write_csv_folder(summary, output)
        else:
            written = [render.write_page(summary, output)]
    except OutputProblem as problem:
        raise OutputProblem(f"--output: {problem}") from None
    except OSError as error:
        raise OutputProblem(f"--output: {cannot_write(output, error)}") from None
    say(f"wrote {', '.join(str(path) for path in written)}")
    return ExitStatus.SOME_FAILED if report.failed else ExitStatus.OK


def _check_overview_output(output: Path, output_format: OverviewFormat) -> None:
    """Refuse, before any work, an output that cannot be written or a page that cannot be drawn."""
    from nec_extract.collection import charts
    from nec_extract.reading.discover import UsageProblem

    if output_format is OverviewFormat.CSV:
        if output.exists() and not output.is_dir():
            raise UsageProblem(f"--output: not a folder: {output}")
        if not output.is_dir() and not output.parent.is_dir():
            raise UsageProblem(f"--output: no such folder: {output.parent}")
        return
    if not output.parent.is_dir():
        raise UsageProblem(f"--output: no such folder: {output.parent}")
    if output.is_dir():
        raise UsageProblem(f"--output: is a folder: {output}")
    try:
        charts.require_matplotlib()
    except charts.MissingExtra as missing:
        raise CommandError(str(missing), ExitStatus.SOME_FAILED) from None


def print_schema() -> None:
    """Print the JSON Schema of the documents `parse` prints."""
    from nec_extract.models import output_schema

    sys.stdout.write(json.dumps(output_schema(), indent=2) + "\n")
