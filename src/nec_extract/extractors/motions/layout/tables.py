"""Tables of decisions: a run of lines each ending in its result ("A3 Rail fares  Support  Carried"), one
motion per row."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.votes import find_outcomes
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.text import Sentence
from nec_extract.models import Outcome


@cache
def _row() -> re.Pattern[str]:
    """A line whose last cell is a capitalised result, perhaps with a note in brackets: "... Fell (A2 lost)"."""
    results = either(decisions_vocabulary().motions.table_results)
    # tables capitalise their cells: "Carried", "LOST"; a lower-case "carried" ends a sentence, not a row
    return re.compile(rf"^(?P<item>\S.*?\w.*?)\s+(?P<result>(?=[A-Z])(?i:{results})){_AFTER_RESULT}[ \t]*$")


# after the result, a note in brackets or the tally: "Fell (A2 lost)", "Carried, 41–12", "Lost (4–7)"; then the
# rule closing a row drawn with bars ("| 3 | Votes at 16 | Fell |")
# "Carried as amended", "Remitted to committee": the result's own words after it
_AFTER_RESULT = (
    r"(?i:\s+as\s+amended|\s+to\s+(?:the\s+)?(?:[\w&'’-]+\s+)?(?:committee|executive|ec|officers|nec|gc|branch))?"
    r"(?:\s*\([^()\n]*\)|,?\s+\d{1,3}\s?[-–—]\s?\d{1,3})?(?:[ \t]*\|)?"
)


def table_result(page: str, sentence: Sentence) -> Outcome | None:
    """The result in this row, if the sentence is a whole line of a table of decisions (a line next to it
    is a row too); else None."""
    line_start = page.rfind("\n", 0, sentence.start) + 1
    line_end = page.find("\n", sentence.end)
    line_end = len(page) if line_end < 0 else line_end
    # "1. Rail fares | A. Lee | Carried": the row's number split off as a sentence of its own is no other words
    before = page[line_start : sentence.start]
    if (before.strip() and not _ROW_NUMBER.fullmatch(before)) or page[sentence.end : line_end].strip():
        return None
    if not _ends_in_result(page[line_start:line_end]):
        return None
    row = _row().match(page[line_start:line_end])
    if row is None or not (_is_row(page, _line_before(page, line_start)) or _is_row(page, _line_after(page, line_end))):
        return None
    found = find_outcomes(row["result"])
    return found[0].outcome if found else None


_ROW_NUMBER = re.compile(r"\s*\(?\d{1,3}[.)]\s*")
_CELL_GAP = re.compile(r" {3,}|\t|\s+[|—]\s+|\s+–\s+(?=\S)")
_NUMBER_CELL = re.compile(r"\W*(?:[A-Za-z]+\.?\s+)?\w{0,3}\d+\W*")  # "3", "M3", "Motion 3", "No. 3"


def row_item(row: str) -> str:
    """What a row decides: its first cell (after a cell that only numbers the row) when the columns are set apart
    by wide gaps or rules ("M2  Rail fares      A. Lee    Lost" gives "M2  Rail fares", "3 | Rail fares | A. Lee
    | Lost" gives "Rail fares"), else the row without its result cell."""
    cells = [cell for cell in _CELL_GAP.split(row.strip()) if cell.strip()]
    if len(cells) > 2 and _NUMBER_CELL.fullmatch(cells[0]):
        return cells[1]
    if len(cells) > 1:
        return cells[0]
    match = _row().match(row.strip())
    return match["item"] if match else row


def _is_row(page: str, span: tuple[int, int] | None) -> bool:
    return span is not None and _ends_in_result(page[span[0] : span[1]]) and bool(_row().match(page[span[0] : span[1]]))


_LAST_WORDS = re.compile(rf"(?:(\S+)\s+)?([A-Z][^\s,]*),?{_AFTER_RESULT}\s*$")


def _ends_in_result(line: str) -> bool:
    """A cheap test before the row pattern runs: the line's last word (or two) is a capitalised result."""
    last = _LAST_WORDS.search(line)
    if last is None:
        return False
    results = decisions_vocabulary().motions.table_results
    return last[2].lower() in results or f"{last[1]} {last[2]}".lower() in results


def _line_before(page: str, line_start: int) -> tuple[int, int] | None:
    """The nearest non-blank line above, within one blank line."""
    end = line_start - 1
    for _ in range(2):
        if end <= 0:
            return None
        start = page.rfind("\n", 0, end) + 1
        if page[start:end].strip():
            return start, end
        end = start - 1
    return None


def _line_after(page: str, line_end: int) -> tuple[int, int] | None:
    """The nearest non-blank line below, within one blank line."""
    start = line_end + 1
    for _ in range(2):
        if start >= len(page):
            return None
        end = page.find("\n", start)
        end = len(page) if end < 0 else end
        if page[start:end].strip():
            return start, end
        start = end + 1
    return None
