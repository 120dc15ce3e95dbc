"""Views for a person at a terminal: the `--format table` summary and the record list of `show`."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from nec_extract.models import Document, Span
from nec_extract.writers.wording import meeting_date_words, report_title, speaker_label, vote_words


def print_table(document: Document, console: Console | None = None) -> None:
    console = console or Console()
    header = Text(document.source, style="bold")  # Text, not markup: page text may hold [brackets]
    if document.author:
        header.append(f" by {document.author}")
    if document.published:
        header.append(f", published {document.published}")
    console.print(header)
    if document.error:
        console.print(Text(f"{document.error.type}: {document.error.message}", style="red"))
        return
    table = Table(show_lines=False)
    for column in ("report", "meeting date", "speakers", "motions", "votes", "membership", "dates"):
        is_text = column in {"report", "meeting date"}
        table.add_column(column, justify="left" if is_text else "right", no_wrap=column != "report")
    for report in document.reports:
        table.add_row(
            Text(report_title(report)),
            meeting_date_words(report),
            str(len(report.speakers)),
            str(len(report.motions)),
            str(len(report.votes)),
            str(len(report.membership)),
            str(len(report.dates)),
        )
    console.print(table)


def print_details(document: Document, console: Console | None = None) -> None:
    """Every record of every report, one line each with the start of its evidence: `nec-extract show`."""
    console = console or Console()
    print_table(document, console)
    for report in document.reports:
        table = Table(title=Text(report_title(report)), title_justify="left", expand=True)
        table.add_column("record", no_wrap=True)
        table.add_column("value", ratio=1)
        table.add_column("at", justify="right", no_wrap=True)
        table.add_column("evidence", ratio=2)
        for speaker in report.speakers:
            where = speaker.mentions[0] if speaker.mentions else None
            table.add_row("speaker", Text(speaker_label(speaker)), _at(where), _quote(where))
        for motion in report.motions:
            value = f"{motion.kind.value}, {motion.outcome.value}: {motion.summary}"
            table.add_row("motion", Text(_short(value)), _at(motion.evidence), _quote(motion.evidence))
        for vote in report.votes:
            table.add_row("vote", vote_words(vote), _at(vote.evidence), _quote(vote.evidence))
        for figure in report.membership:
            value = f"{figure.metric.value} {figure.value:,}" + (" (approx.)" if figure.approximate else "")
            table.add_row("membership", value, _at(figure.evidence), _quote(figure.evidence))
        for mention in report.dates:
            table.add_row("date", mention.start or "unresolved", _at(mention.span), _quote(mention.span))
        console.print(table)


def _at(span: Span | None) -> str:
    return "" if span is None else str(span.start)


def _quote(span: Span | None) -> Text:
    return Text("") if span is None else Text(_short(span.text, 160))


def _short(value: str, limit: int = 80) -> str:
    words = " ".join(value.split())
    return words if len(words) <= limit else words[: limit - 1] + "…"
