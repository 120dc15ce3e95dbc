"""The command line: Typer options wired to the library functions of :mod:`nec_extract.commands`. Only
data goes to stdout; messages and the progress bar go to stderr.

Exit status: 0 every file processed, 1 some file failed, 2 the command was wrong (no such path, a bad
option) or its output cannot be written, 130 interrupted (Ctrl-C; 143 for SIGTERM, 129 for SIGHUP).
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from nec_extract import __version__, commands
from nec_extract.batch import extract_only
from nec_extract.batch.reporting import say
from nec_extract.commands import CommandError, ExitStatus, OverviewFormat
from nec_extract.reading.discover import UsageProblem
from nec_extract.record_kinds import CsvTable
from nec_extract.writers import OutputFormat, OutputProblem, silence_stdout

if TYPE_CHECKING:
    from collections.abc import Sequence

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
        _set_debug(False)
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
            code = result if isinstance(result, int) else ExitStatus.OK
        except typer.Abort:
            say("aborted")
            code = ExitStatus.SOME_FAILED
        except Exception as error:
            code = _one_line(error)
        if standalone_mode:
            raise SystemExit(int(code))
        return int(code)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:  # the reader of stdout went away (`| head`): its choice, not a failure
            silence_stdout()
            return ExitStatus.OK


def _one_line(error: Exception) -> int:
    """Say what went wrong in one line; return the exit status."""
    if isinstance(error, (UsageProblem, OutputProblem)):
        say(str(error))
        return ExitStatus.USAGE
    if isinstance(error, CommandError):
        say(str(error))
        return error.status
    # click's exceptions (typer may vendor its own copy of click, so they are recognised by their shape)
    if callable(getattr(error, "format_message", None)) and isinstance(getattr(error, "exit_code", None), int):
        return _usage_error(error)
    if _debug:
        traceback.print_exc()
    say(f"internal error: {type(error).__name__}: {error} (--debug shows the traceback)")
    return ExitStatus.SOME_FAILED


def _usage_error(error: Any) -> int:
    if type(error).__name__ == "NoArgsIsHelpError":  # `nec-extract` alone: the help is already printed
        return ExitStatus.USAGE
    context = getattr(error, "ctx", None)
    command = getattr(context, "command_path", "").partition(" ")[2]
    hint = f" (see: nec-extract {command} --help)".replace("  ", " ") if context is not None else ""
    say(f"{error.format_message()}{hint if error.exit_code == ExitStatus.USAGE else ''}")
    return int(error.exit_code)


app = typer.Typer(
    name="nec-extract",
    cls=_Group,
    help="Turn NEC meeting reports into validated records with character-offset evidence.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"nec-extract {__version__}")
        raise typer.Exit()


# metavar "": shown as the flags they are (typer's help would show "<bool>", as if a value were expected)
@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, metavar="", help="Print the version and exit."),
    ] = False,
) -> None:
    """Turn NEC meeting reports into validated records with character-offset evidence."""


def _set_debug(value: bool) -> None:
    global _debug
    _debug = value


DebugOption = Annotated[bool, typer.Option("--debug", metavar="", help="Show Python tracebacks of failures.")]


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
        bool,
        typer.Option(
            "--excel", metavar="", help="With --format csv: a UTF-8 byte-order mark and CRLF rows, for Excel."
        ),
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
) -> int:
    """Extract the reports of each page: one document per input file, in input order."""
    _set_debug(debug)
    options = commands.ParseOptions(
        paths, output_format, records, excel, published, manifest, jobs, globs or (), output, db, debug
    )
    return commands.parse(options)


@app.command()
def text(
    path: Annotated[str, typer.Argument(help="A report file, or - for standard input.")],
    debug: DebugOption = False,
) -> None:
    """Print the decoded text of a file exactly as the offsets of `parse` index it (UTF-8)."""
    _set_debug(debug)
    commands.print_text(path)


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
    commands.show(path, html, published)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the documents `parse` prints."""
    commands.print_schema()


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
) -> int:
    """Across a collection: membership over time, every decision, the people in it, and what to check."""
    _set_debug(debug)
    return commands.overview(paths, output, output_format, jobs, globs or (), debug)


def main() -> None:
    extract_only()  # the command's process does nothing else
    app()
