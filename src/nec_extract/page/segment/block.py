"""A report's place on the page: its heading (if any) and character range."""

from __future__ import annotations

from dataclasses import dataclass

# a "heading" over fewer characters of sentences than this (a download link, a dateline) is not a report
MIN_BODY_CHARS = 60


@dataclass
class ReportBlock:
    title: str | None
    start: int
    end: int
    body_start: int
    title_start: int | None = None
    body_chars: int = 0
    # a heading stacked right above another that names a different meeting: a report with no body of its own
    stacked: bool = False
    # the last report of a page cut off in its first sentence
    cut_off: bool = False
    # an untitled account's first line of text above its body (a heading not read as one, a dateline): its top
    top: int | None = None

    @property
    def has_substance(self) -> bool:
        """Enough of a body to be a report; a "heading" over a download link or a dateline is not one."""
        return self.body_chars >= MIN_BODY_CHARS or self.stacked or self.cut_off


def trimmed_end(page: str, start: int, end: int) -> int:
    """``end`` moved back over trailing whitespace, not before ``start``."""
    while end > start and page[end - 1].isspace():
        end -= 1
    return end
