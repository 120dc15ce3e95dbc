"""What a batch tells the person running it, on standard error: one line per failed file, per notice
(a decoding decision) and per skipped folder entry, and a progress bar when standard error is a terminal.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress

    from nec_extract.batch import FileResult

PREFIX = "nec-extract: "


def say(message: str) -> None:
    """One message line on standard error."""
    sys.stderr.write(f"{PREFIX}{message}\n")
    sys.stderr.flush()


class BatchReport:
    """The messages of one batch. A context manager: the progress bar (if any) shows while it is open."""

    def __init__(self, *, debug: bool = False) -> None:
        self.debug = debug
        self.progress: Progress | None = None
        self.failed = 0

    def skipped(self, source: str, reason: str) -> None:
        self._line(f"{PREFIX}{source}: skipped: {reason}")

    def show_progress(self, total: int) -> None:
        self.progress = _progress_bar(total)
        self.progress.start()

    def __enter__(self) -> BatchReport:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None

    def done(self, result: FileResult) -> None:
        """One file is done: say what went wrong with it, or what is worth knowing, and move the bar."""
        error = result.document.error
        if error is not None:
            self.failed += 1
            if self.debug and result.traceback:
                self._line(result.traceback.rstrip())
            self._line(f"{PREFIX}{result.document.source}: {error.type}: {error.message}")
        if result.notice is not None:
            self._line(f"{PREFIX}{result.document.source}: {result.notice}")
        if self.progress is not None:
            self.progress.advance(self.progress.task_ids[0])

    def _line(self, line: str) -> None:
        if self.progress is not None:  # printed above the bar, which is drawn again below
            self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            sys.stderr.write(line + "\n")
            sys.stderr.flush()


def _progress_bar(total: int) -> Progress:
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
