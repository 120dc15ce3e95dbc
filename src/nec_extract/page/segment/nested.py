"""Lines whose place shows they belong to the text above them: the sub-items indented under a numbered or bulleted
item of minutes ("4. Election of officers" / "   Secretary: vacant, to be filled at the February meeting"), and the
rows of a table flattened into lines with bars between its cells ("Motion | Moved | Result" / "... | Pat Greer |
Deferred to March"). They may name a meeting or a date, but they are never a new report's heading."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from nec_extract.page.segment.lines import Line, is_list_item

_CELL_BAR = re.compile(r"\s\|\s")
_TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?$")
# a table has at least this many cells in a row, and this many rows in a run
_FEWEST_CELLS = 3
_FEWEST_ROWS = 2


def nested_lines(lines: Sequence[Line]) -> set[int]:
    """The starts of the lines that are sub-items of a list item above or rows of a flattened table."""
    return _sub_item_lines(lines) | _table_row_lines(lines)


def _indent(line: Line) -> int:
    return len(line.text) - len(line.text.lstrip())


def _sub_item_lines(lines: Sequence[Line]) -> set[int]:
    """Lines indented deeper than a list item right above them (no blank line between), and the lines under them
    at their depth or deeper."""
    found: set[int] = set()
    item_indent: int | None = None
    for line in lines:
        if not line.stripped:
            item_indent = None
            continue
        depth = _indent(line)
        if item_indent is not None and depth > item_indent:
            found.add(line.start)
            continue
        item_indent = depth if is_list_item(line.text) else None
    return found


def _cells(line: Line) -> int:
    return len(_CELL_BAR.findall(f" {line.stripped} ")) + 1 if line.stripped else 0


def _table_row_lines(lines: Sequence[Line]) -> set[int]:
    """Lines of a run with the same number of cells (three or more), one after another: a table's rows (a rule of
    bars and dashes under a table's head, "|---|---|---|", is no row and breaks no run)."""
    found: set[int] = set()
    rows_and_gaps = [line for line in lines if not _TABLE_RULE.match(line.text)]
    for cells, run in itertools.groupby(rows_and_gaps, key=_cells):
        rows = list(run)
        if cells >= _FEWEST_CELLS and len(rows) >= _FEWEST_ROWS:
            found |= {row.start for row in rows}
    return found
