"""Minutes' tables with a proposer or seconder column ("Motion | Proposer | Seconder | Result", also with tabs or
spaced dashes between the cells): everyone those
columns name moved or seconded an item, so is a speaker."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nec_extract.extractors.speakers.heard import Heard
from nec_extract.extractors.speakers.listing import listed_people
from nec_extract.extractors.speakers.vocabulary import vocabulary
from nec_extract.page.context import ReportContext

_LINE = re.compile(r"[^\n]+")
# a bar, a tab, or a dash set off by spaces ("Rule change — proposed by — result")
_CELL_SEPARATOR = re.compile(r"[ \t]*(?:\||\t)[ \t]*|[ \t]+[–—][ \t]+")
_TABLE_ROWS = 40  # how many rows under a header are read


def table_speakers(report: ReportContext) -> list[Heard]:
    """Everyone a minutes table names as proposer, seconder or mover."""
    return [heard for start, end in _role_cells(report) for heard in listed_people(report, start, end)]


def _role_cells(report: ReportContext) -> Iterator[tuple[int, int]]:
    lines = list(_LINE.finditer(report.text, report.start, report.end))
    for index, header in enumerate(lines):
        columns = _role_columns(header.group())
        if not columns:
            continue
        width = len(_cells(header.group()))
        for row in lines[index + 1 : index + 1 + _TABLE_ROWS]:
            cells = _cells(row.group())
            if len(cells) != width:
                break
            for column in columns:
                start, end = cells[column]
                yield row.start() + start, row.start() + end


def _role_columns(line: str) -> list[int]:
    """The columns of a header row that name a proposer, seconder or mover (none unless it has two cells)."""
    if not _CELL_SEPARATOR.search(line):
        return []
    roles = set(vocabulary().minute_roles) | set(vocabulary().minute_role_nouns)
    texts = [line[start:end].strip().rstrip(":").casefold() for start, end in _cells(line)]
    return [i for i, text in enumerate(texts) if text in roles] if len(texts) >= 2 else []


def _cells(line: str) -> list[tuple[int, int]]:
    """The cells of a table row as offsets in the line; a row framed by bars ("| a | b |") drops its empty ends."""
    cells: list[tuple[int, int]] = []
    position = 0
    for separator in [*_CELL_SEPARATOR.finditer(line), None]:
        end = separator.start() if separator else len(line)
        cells.append((position, end))
        position = separator.end() if separator else end
    if cells and not line[cells[0][0] : cells[0][1]].strip():
        cells = cells[1:]
    if cells and not line[cells[-1][0] : cells[-1][1]].strip():
        cells = cells[:-1]
    return cells
