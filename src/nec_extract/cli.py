"""The command line: thin Typer commands over the library. Only data goes to stdout; messages and the
progress bar go to stderr.

Exit status: 0 every file processed, 1 some file failed, 2 the command was wrong (no such path, a bad
option), 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import json
import sys
import traceback
from contextlib import ExitStack, closing, contextmanager, nullcontext
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Protocol

import typer
from typer.core import TyperGroup

from nec_extract import __version__
from nec_extract.record_kinds import CsvTable

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from rich.console import Console
    from rich.progress import Progress

    from nec_extract.batch import FileResult, Item
    from nec_extract.models import Document, InputFormat

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

_debug = False  # set by a command's --debug: show tracebacks instead of one line


class _Group(TyperGroup):
    """Turns every failure of the command itself into one line on stderr (a traceback with --debug)."""

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        global _debug
        _debug = False
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
            code = result if isinstance(result, int) else EXIT_OK
        except typer.Abort:
            _say("nec-extract: aborted")
            code = EXIT_SOME_FAILED
        except Exception as error:
            code = _one_line(error)
        if standalone_mode:
            sys.exit(code)
        return code


def _one_line(error: Exception) -> int:
    """Say what went wrong in one line; return the exit status."""
    # click's exceptions (typer may vendor its own copy of click, so they are recognised by their shape)
    if callable(getattr(error, "format_message", None)) and isinstance(getattr(error, "exit_code", None), int):
        context = getattr(error, "ctx", None)
        command = getattr(context, "command_path", "").partition(" ")[2]
        hint = f" (see: nec-extract {command} --help)".replace("  ", " ") if context is not None else ""
        _say(f"nec-extract: {error.format_message()}{hint if error.exit_code == EXIT_USAGE else ''}")  # type: ignore[attr-defined]
        return int(error.exit_code)  # type: ignore[attr-defined]
    if _debug:
        traceback.print_exc()
    _say(f"nec-extract: internal error: {type(error).__name__}: {error} (--debug shows the traceback)")
    return EXIT_SOME_FAILED


app = typer.Typer(
    name="nec-extract",
    cls=_Group,
    help="Turn NEC meeting reports into validated records with character-offset evidence.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    TABLE = "table"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"nec-extract {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn NEC meeting reports into validated records with character-offset evidence."""


def _say(message: str) -> None:
    typer.echo(message, err=True)


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    _say(f"nec-extract: {message}")
    return typer.Exit(code)


def _set_debug(value: bool) -> None:
    global _debug
    _debug = value


DebugOption = Annotated[bool, typer.Option("--debug", help="Show Python tracebacks of failures.")]


@app.command()
def parse(
    paths: Annotated[list[str], typer.Argument(help="Report files, folders (searched recursively), or - for stdin.")],
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="json: the pretty document (one file) or a JSON array of documents (several files or a folder); "
            "jsonl: one document per line; csv: one row per record (see --records); table: a summary. "
            "Default json, or nothing on stdout when --db is given.",
            show_default=False,
        ),
    ] = None,
    records: Annotated[
        CsvTable | None,
        typer.Option(
            "--records",
            help="With --format csv: which records, one row each (default reports); documents: one row per input "
            "with its error and counts; all: every table at once, one file each, into the folder -o names.",
        ),
    ] = None,
    excel: Annotated[
        bool, typer.Option("--excel", help="With --format csv: a UTF-8 byte-order mark and CRLF rows, for Excel.")
    ] = False,
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            metavar="YYYY-MM-DD",
            help="The day the one input was published, when the page does not say (its own dateline wins).",
        ),
    ] = None,
    manifest: Annotated[
        Path | None,
        typer.Option(
            "--manifest",
            metavar="FILE.csv",
            help="Publication days for a batch: a CSV with a path column (relative to the CSV) and a published "
            "(YYYY-MM-DD) and/or url column (a day in the address, e.g. /2023/09/26/).",
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, help="Worker processes (default: the number of cores).", show_default=False
        ),
    ] = None,
    globs: Annotated[
        list[str] | None,
        typer.Option("--glob", help="File pattern to find in folders; repeat for several (default: *.txt)."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout.")
    ] = None,
    db: Annotated[
        Path | None,
        typer.Option("--db", help="Also store the documents in this SQLite database (re-runs replace a file's rows)."),
    ] = None,
    debug: DebugOption = False,
) -> None:
    """Extract the reports of each page: one document per input file, in input order."""
    _set_debug(debug)
    from nec_extract import batch

    chosen = _chosen_format(output_format, records, excel, output, db)
    try:
        items = _with_published(batch.discover(paths, globs or batch.DEFAULT_GLOBS), published, manifest)
    except batch.UsageProblem as problem:
        raise fail(str(problem)) from None
    single = len(paths) == 1 and (paths[0] == batch.STDIN or not Path(paths[0]).is_dir())
    workers = min(jobs or batch.default_jobs(), len(items))
    show_progress = len(items) > 1 and sys.stderr.isatty() and not (chosen and output is None and sys.stdout.isatty())

    failed = 0
    with ExitStack() as stack:
        stack.enter_context(_terminate_like_interrupt())
        writer = _open_writer(stack, chosen, output, single=single, records=records, excel=excel)
        database = None
        if db is not None:
            database = _open_database(db)
            stack.callback(database.close)
        progress = stack.enter_context(_progress(len(items)) if show_progress else nullcontext(None))
        results = stack.enter_context(closing(batch.run(items, workers)))  # closed first: stops the workers
        for result in results:
            if result.failed:
                failed += 1
                _report_failure(result, progress.console if progress else None)
            if writer is not None:
                writer.write(result.document)
            if database is not None:
                database.write(result.document, key=result.key, content_hash=result.content_hash)
            if progress is not None:
                progress.advance(progress.task_ids[0])
        if writer is not None:
            writer.close()
    if failed:
        raise typer.Exit(EXIT_SOME_FAILED)


@contextmanager
def _terminate_like_interrupt() -> Iterator[None]:
    """While a batch runs, `kill` (SIGTERM) unwinds as Ctrl-C does: workers stopped, no partial output file."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminated(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class _Writer(Protocol):
    def write(self, document: Document) -> None: ...

    def close(self) -> None: ...


def _chosen_format(
    output_format: OutputFormat | None, records: CsvTable | None, excel: bool, output: Path | None, db: Path | None
) -> OutputFormat | None:
    """The format to print (None: only the database), once the output options are known to fit together."""
    if (records is not None or excel) and output_format is not OutputFormat.CSV:
        raise fail(f"{'--records' if records is not None else '--excel'} needs --format csv")
    if records is CsvTable.ALL and output is None:
        raise fail("--records all writes one file per table: name their folder with --output DIR")
    for target, option in ((output, "--output"), (db, "--db")):
        if target is not None and not target.parent.is_dir():
            raise fail(f"{option}: no such folder: {target.parent}")
        if target is not None and target.is_dir() and not (option == "--output" and records is CsvTable.ALL):
            raise fail(f"{option}: is a folder: {target}")
    return output_format or (OutputFormat.JSON if db is None or output is not None else None)


def _open_writer(
    stack: ExitStack,
    chosen: OutputFormat | None,
    output: Path | None,
    *,
    single: bool,
    records: CsvTable | None,
    excel: bool,
) -> _Writer | None:
    if chosen is OutputFormat.CSV:
        from nec_extract.writers.records_csv import csv_output

        return stack.enter_context(csv_output(records or CsvTable.REPORTS, output, excel=excel))
    if chosen is None:
        return None
    from nec_extract.writers import atomic_output

    return _writer(chosen, stack.enter_context(atomic_output(output)), single=single)


def _writer(output_format: OutputFormat, stream: Any, *, single: bool) -> _Writer:
    from nec_extract.writers.documents import JsonLinesWriter, JsonWriter, TableWriter

    if output_format is OutputFormat.JSONL:
        return JsonLinesWriter(stream)
    if output_format is OutputFormat.JSON:
        return JsonWriter(stream, single=single)
    return TableWriter(stream)


def _with_published(items: list[Item], published: str | None, manifest: Path | None) -> list[Item]:
    """The inputs with the publication days the user supplied; a date or manifest that cannot be used is
    one line and exit status 2."""
    from nec_extract.reading import supplied_dates

    if published is not None and manifest is not None:
        raise fail("--published and --manifest: give one or the other")
    try:
        day = supplied_dates.parse_day(published) if published is not None else None
        dates = supplied_dates.read_manifest(manifest) if manifest is not None else None
        return supplied_dates.with_published(items, published=day, manifest=dates)
    except supplied_dates.SuppliedDateError as problem:
        raise fail(str(problem)) from None


def _open_database(path: Path) -> Any:
    import sqlite3

    from nec_extract.writers.database import DatabaseWriter

    try:
        return DatabaseWriter(path)
    except sqlite3.Error as error:
        raise fail(f"--db: cannot use {path} as a SQLite database: {error}") from None


def _progress(total: int) -> Progress:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Task) -> Text:
            return Text(f"{task.speed:.1f} files/s" if task.speed else "", style="progress.data.speed")

    progress = Progress(
        TextColumn("parsing"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
        redirect_stdout=False,
        redirect_stderr=False,
    )
    progress.add_task("parsing", total=total)
    return progress


def _report_failure(result: FileResult, console: Console | None) -> None:
    error = result.document.error
    assert error is not None
    lines = [f"nec-extract: {result.document.source}: {error.type}: {error.message}"]
    if _debug and result.traceback:
        lines.insert(0, result.traceback.rstrip())
    for line in lines:
        if console is not None:
            console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            _say(line)


@app.command()
def text(
    path: Annotated[str, typer.Argument(help="A report file, or - for standard input.")],
    debug: DebugOption = False,
) -> None:
    """Print the decoded text of a file exactly as the offsets of `parse` index it (UTF-8)."""
    _set_debug(debug)
    decoded_text, _, _ = _read_text(path)
    sys.stdout.flush()
    sys.stdout.buffer.write(decoded_text.encode("utf-8", errors="surrogatepass"))
    sys.stdout.flush()


@app.command()
def show(
    path: Annotated[str, typer.Argument(help="A report file, or - for standard input.")],
    html: Annotated[
        str | None,
        typer.Option("--html", help="Write a self-contained review page to this file (- for stdout)."),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option("--published", metavar="YYYY-MM-DD", help="The day the page was published, when it does not say."),
    ] = None,
    debug: DebugOption = False,
) -> None:
    """Show what was extracted from one file: a summary here, or a review page with --html."""
    _set_debug(debug)
    from nec_extract.batch import extract_text
    from nec_extract.reading.supplied_dates import SuppliedDateError, parse_day

    try:
        day = parse_day(published) if published is not None else None
    except SuppliedDateError as problem:
        raise fail(str(problem)) from None
    decoded_text, encoding, input_format = _read_text(path)
    source = "<stdin>" if path == "-" else path
    document = extract_text(decoded_text, source, encoding, input_format, published=day)
    if html is None:
        from nec_extract.writers.summary import print_details

        print_details(document)
        return
    from nec_extract.writers import atomic_output
    from nec_extract.writers.review import render_review

    target = None if html == "-" else Path(html)
    if target is not None and not target.parent.is_dir():
        raise fail(f"--html: no such folder: {target.parent}")
    with atomic_output(target) as stream:
        stream.write(render_review(document, decoded_text))
    if target is not None:
        _say(f"nec-extract: wrote {target}")


def _read_text(path: str) -> tuple[str, str | None, InputFormat]:
    """The decoded text of one file; a file that cannot be read or decoded is one line and an exit."""
    from nec_extract.batch import decode_input
    from nec_extract.reading.inputs import InputError, read_source

    try:
        data, source = read_source(path)
        return decode_input(data, source)
    except InputError as error:
        code = EXIT_USAGE if error.kind in {"FileNotFound", "IsADirectory", "PermissionDenied"} else EXIT_SOME_FAILED
        raise fail(error.message, code) from None


@app.command()
def schema() -> None:
    """Print the JSON Schema of the documents `parse` prints."""
    from nec_extract.models import output_schema

    sys.stdout.write(json.dumps(output_schema(), indent=2) + "\n")


class OverviewFormat(StrEnum):
    HTML = "html"
    CSV = "csv"


@app.command()
def overview(
    paths: Annotated[
        list[str], typer.Argument(help="Report files, folders, or SQLite databases written by `parse --db`.")
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The page to write (html), or the folder for the CSV files (csv).")
    ],
    output_format: Annotated[
        OverviewFormat,
        typer.Option(
            "--format",
            "-f",
            help="html: one self-contained page with charts; csv: membership.csv, "
            "decisions.csv and people.csv in the --output folder.",
        ),
    ] = OverviewFormat.HTML,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes for files.")] = None,
    globs: Annotated[
        list[str] | None, typer.Option("--glob", help="File pattern to find in folders (default: *.txt).")
    ] = None,
    debug: DebugOption = False,
) -> None:
    """Across a collection: membership over time, every decision, the people in it, and what to check."""
    _set_debug(debug)
    from nec_extract.batch import DEFAULT_GLOBS, UsageProblem
    from nec_extract.collection import export, load, render
    from nec_extract.collection.aggregate import summarise

    _check_overview_output(output, output_format)
    failed: list[FileResult] = []

    def seen(result: FileResult) -> None:
        if result.failed:
            failed.append(result)
            _report_failure(result, None)

    with _terminate_like_interrupt():
        try:
            collection = load.gather(paths, globs or DEFAULT_GLOBS, jobs, on_result=seen)
        except (UsageProblem, load.NotADatabase) as problem:
            raise fail(str(problem)) from None
    summary = summarise(collection)
    if output_format is OverviewFormat.CSV:
        written = export.write_csv_folder(summary, output)
    else:
        written = [render.write_page(summary, output)]
    _say(f"nec-extract: wrote {', '.join(str(path) for path in written)}")
    if failed:
        raise typer.Exit(EXIT_SOME_FAILED)


def _check_overview_output(output: Path, output_format: OverviewFormat) -> None:
    """Refuse, before any work, an output that cannot be written or a page that cannot be drawn."""
    from nec_extract.collection import charts

    if output_format is OverviewFormat.CSV:
        if output.exists() and not output.is_dir():
            raise fail(f"--output: not a folder: {output}")
        if not output.is_dir() and not output.parent.is_dir():
            raise fail(f"--output: no such folder: {output.parent}")
        return
    if not output.parent.is_dir():
        raise fail(f"--output: no such folder: {output.parent}")
    if output.is_dir():
        raise fail(f"--output: is a folder: {output}")
    try:
        charts.require_matplotlib()
    except charts.MissingExtra as missing:
        raise fail(str(missing), EXIT_SOME_FAILED) from None


def main() -> None:
    app()
