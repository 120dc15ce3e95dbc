"""Documents as JSON Lines, JSON (one pretty document, or an array of them) or rich tables."""

from __future__ import annotations

from typing import TextIO

from nec_extract.models import Document


class JsonLinesWriter:
    """One document per line."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, document: Document) -> None:
        self.stream.write(document.to_json(indent=None) + "\n")

    def close(self) -> None:
        self.stream.flush()


class JsonWriter:
    """Pretty JSON: the document itself when ``single``, else a JSON array of documents, streamed."""

    def __init__(self, stream: TextIO, *, single: bool) -> None:
        self.stream = stream
        self.single = single
        self.count = 0

    def write(self, document: Document) -> None:
        if self.single:
            self.stream.write(document.to_json(indent=2) + "\n")
        else:
            self.stream.write("[\n" if self.count == 0 else ",\n")
            self.stream.write(document.to_json(indent=2))
        self.count += 1

    def close(self) -> None:
        if not self.single:
            self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        self.stream.flush()


class TableWriter:
    """A rich summary table per document, for a person at a terminal."""

    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console

        self.console = Console(file=stream)

    def write(self, document: Document) -> None:
        from nec_extract.writers.summary import print_table

        print_table(document, self.console)

    def close(self) -> None:
        self.console.file.flush()
