"""The `--format table` view: a rich summary of a document for a person."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from nec_extract.models import Document


def print_table(document: Document, console: Console | None = None) -> None:
    console = console or Console()
    header = f"[bold]{document.source}[/bold]"
    if document.author:
        header += f" by {document.author}"
    if document.published:
        header += f", published {document.published}"
    console.print(header)
    table = Table(show_lines=False)
    for column in ("report", "meeting date", "speakers", "motions", "votes", "membership", "dates"):
        table.add_column(column, justify="left" if column in {"report", "meeting date"} else "right")
    for report in document.reports:
        table.add_row(
            report.title or "(untitled)",
            report.meeting_date.start if report.meeting_date and report.meeting_date.start else "-",
            str(len(report.speakers)),
            str(len(report.motions)),
            str(len(report.votes)),
            str(len(report.membership)),
            str(len(report.dates)),
        )
    console.print(table)
