"""The command line: thin Typer commands over the library. Only data goes to stdout."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from nec_extract import __version__

if TYPE_CHECKING:
    from nec_extract.models import Document

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    name="nec-extract",
    help="Turn NEC meeting reports into validated records with character-offset evidence.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    JSON = "json"
    JSONL = "jsonl"
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


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    typer.echo(f"nec-extract: {message}", err=True)
    return typer.Exit(code)


@app.command()
def parse(
    paths: Annotated[list[str], typer.Argument(help="Report files, or - for standard input.")],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="json (pretty), jsonl (one line) or table.")
    ] = OutputFormat.JSON,
) -> None:
    """Extract the reports of each page and print one JSON document per file."""
    from nec_extract.inputs import InputError, decode, read_source
    from nec_extract.models import Document, ErrorInfo
    from nec_extract.pipeline import extract

    failed = False
    for path in paths:
        try:
            data, source = read_source(path)
            decoded = decode(data)
        except InputError as error:
            if len(paths) == 1:
                code = EXIT_USAGE if error.kind in {"FileNotFound", "IsADirectory"} else EXIT_SOME_FAILED
                raise fail(error.message, code) from None
            typer.echo(f"nec-extract: {path}: {error.message}", err=True)
            failed = True
            _print(Document(source=path, error=ErrorInfo(type=error.kind, message=error.message)), output_format)
            continue
        _print(extract(decoded.text, source, encoding=decoded.encoding), output_format)
    if failed:
        raise typer.Exit(EXIT_SOME_FAILED)


def _print(document: Document, output_format: OutputFormat) -> None:
    if output_format is OutputFormat.TABLE:
        from nec_extract.summary import print_table

        print_table(document)
    else:
        sys.stdout.write(document.to_json(indent=2 if output_format is OutputFormat.JSON else None) + "\n")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the documents `parse` prints."""
    from nec_extract.models import output_schema

    sys.stdout.write(json.dumps(output_schema(), indent=2) + "\n")


def main() -> None:
    app()
