"""Result tables scraped to text, one row a line under a header row naming the columns ("Proposal   For   Against
Abstain" / "Revised budget   24   4   0"): each row is the tally of its item (SPEC: Votes)."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from nec_extract.extractors.votes.outcomes import find_outcomes
from nec_extract.extractors.votes.recorded import lines_of
from nec_extract.extractors.votes.tally import Tally, field_of, label_of, outcome_from_counts
from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.language.text import Sentence
from nec_extract.models import Outcome
from nec_extract.page.context import ReportContext

_CELLS = re.compile(r"\s{2,}|\t")  # columns are parted by a run of spaces or a tab; words of a cell by one space
_COUNT = re.compile(r"\d{1,3}")
_LETTER = re.compile(r"[A-Za-z]")


def table_rows(report: ReportContext) -> list[tuple[Sentence, Sentence, Tally]]:
    """Each row under a header with a "For" and an "Against" column: its lines (first and last), and its tally."""
    lines = lines_of(report.sentences)
    return sorted([*_rows_as_lines(lines), *_cells_as_lines(report.text, lines)], key=lambda row: row[0].start)


def _rows_as_lines(lines: list[Sentence]) -> list[tuple[Sentence, Sentence, Tally]]:
    """ "Proposal   For   Against" / "Revised budget   24   4": a row a line, its cells parted by wide gaps."""
    found = []
    header: list[str | None] | None = None
    for line in lines:
        cells = _cells(line.text)
        if header is not None and len(cells) == len(header):
            tally = _row(cells, header)
            if tally is not None:
                found.append((line, line, tally))
                continue
        header = _header(cells)
    return found


def _cells_as_lines(page: str, lines: list[Sentence]) -> list[tuple[Sentence, Sentence, Tally]]:
    """ "No." / "Title" / "Result" / "For" / "Against" / "22" / "Minimum wage" / "Carried" / "212" / "15": a table
    scraped one cell a line, the header's cells stacked, then each row as many lines as the header has; a row whose
    counted cells are dashes gives no tally and the table goes on."""
    found = []
    index = 0
    while index < len(lines):
        width = _stacked_header(page, lines, index)
        if width is None:
            index += 1
            continue
        header = _header([line.text.strip() for line in lines[index : index + width]])
        at = index + width
        while header is not None and at + width <= len(lines) and _one_paragraph(page, lines[at - 1 : at + width]):
            cells = [line.text.strip() for line in lines[at : at + width]]
            counted = [cell for cell, column in zip(cells, header, strict=True) if column in _COUNTED]
            if not all(_COUNT.fullmatch(cell) or _NO_COUNT.fullmatch(cell) for cell in counted):
                break
            tally = _row(cells, header)
            if tally is not None:
                found.append((lines[at], lines[at + width - 1], tally))
            at += width
        index = max(at, index + 1)
    return found


def _stacked_header(page: str, lines: list[Sentence], index: int) -> int | None:
    """How many lines from ``index`` on are a header's cells stacked one a line (short words, no digit), when they
    name a For and an Against column; None otherwise."""
    width = 0
    while index + width < len(lines) and _HEADER_CELL.fullmatch(lines[index + width].text.strip()):
        if width and not _one_paragraph(page, lines[index + width - 1 : index + width + 1]):
            break
        width += 1
    if width < _LEAST_COLUMNS or width > _MOST_COLUMNS:
        return None
    return width if _header([line.text.strip() for line in lines[index : index + width]]) is not None else None


def _one_paragraph(page: str, lines: list[Sentence]) -> bool:
    return all("\n\n" not in page[a.end : b.start] for a, b in pairwise(lines))


_COUNTED = ("for_", "against", "abstentions")
_NO_COUNT = re.compile(r"[–—-]|n/a", re.IGNORECASE)
_HEADER_CELL = re.compile(r"[A-Za-z][A-Za-z.'’/]*(?: [A-Za-z][A-Za-z.'’/]*){0,2}")
_LEAST_COLUMNS, _MOST_COLUMNS = 3, 8


def cells_a_line(evidence: str) -> bool:
    """Whether a tally's evidence is a row of a table scraped one cell a line ("22" / "Minimum wage" / "NEC" /
    "Carried" / "212" / "15"): the row's own result line, not a sentence, tells its item's decision."""
    lines = evidence.split("\n")
    short = all(len(line.split()) <= _MOST_CELL_WORDS and not line.rstrip().endswith(".") for line in lines)
    return len(lines) > _LEAST_COLUMNS and short and sum(bool(_COUNT.fullmatch(line.strip())) for line in lines) >= 2


_MOST_CELL_WORDS = 6


def row_without_result(page: str, sentence: Sentence) -> bool:
    """Whether the sentence is a row of a result table that has no column of results ("Revised budget   24   4   0"
    under "Proposal   For   Against   Abstain"): counts restating an item the report decides elsewhere, no item of
    its own."""
    line_start = page.rfind("\n", 0, sentence.start) + 1
    line_end = page.find("\n", sentence.end)
    cells = _cells(page[line_start : len(page) if line_end < 0 else line_end])
    while line_start > 0:
        line_start = page.rfind("\n", 0, line_start - 1) + 1
        above = _cells(page[line_start : page.find("\n", line_start)])
        header = _header(above)
        if len(above) != len(cells):
            return False
        if header is not None:
            return "result" not in header and _row(cells, header) is not None
        if not any(_COUNT.fullmatch(cell) for cell in above):
            return False
    return False


def _cells(text: str) -> list[str]:
    return [cell for cell in _CELLS.split(text.strip()) if cell]


def _header(cells: list[str]) -> list[str | None] | None:
    """The field each column counts ("for_", "against", "abstentions"), "result" for a column giving the outcome,
    None for others; None when the line is no header of a result table."""
    columns: list[str | None] = []
    for cell in cells:
        word = cell.strip(" :").lower()
        if word in _labels():
            columns.append(field_of(label_of(word)))
        else:
            columns.append("result" if word in _result_words() else None)
    return columns if {"for_", "against"} <= set(columns) and columns[0] is None else None


def _row(cells: list[str], header: list[str | None]) -> Tally | None:
    """The tally of a row whose every counted column holds a count and whose first cell names the item."""
    tally = Tally(0, 0)
    for cell, column in zip(cells, header, strict=True):
        if column in _COUNTED:
            if not _COUNT.fullmatch(cell):
                return None
            setattr(tally, column, int(cell))
        elif column == "result":
            phrases = find_outcomes(cell)
            tally.outcome = phrases[0].outcome if phrases else tally.outcome
    if not any(_LETTER.search(cell) for cell, column in zip(cells, header, strict=True) if column not in _COUNTED):
        return None  # no cell names the item
    tally.said = tally.outcome is not Outcome.UNKNOWN
    if not tally.said:
        tally.outcome = outcome_from_counts(tally)
    return tally


@cache
def _labels() -> frozenset[str]:
    labels = decisions_vocabulary().tallies.labels
    return frozenset(word.lower() for word in (*labels.for_, *labels.against, *labels.abstentions))


@cache
def _result_words() -> frozenset[str]:
    return frozenset(decisions_vocabulary().tallies.table_result_columns)
