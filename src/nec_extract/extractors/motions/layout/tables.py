"""Tables of decisions: a run of lines each ending in its result ("A3 Rail fares  Support  Carried", "A3 (Rail
fares): support; carried", "A3 | Rail fares | Support | Not carried"), or each opening with it ("Carried – A3",
"Lost: Motion 7 (rail fares)"), one motion per row."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.sentence.patterns import CODE, ITEM_NUMBER
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.text import Sentence
from nec_extract.models import Outcome


@cache
def _row() -> re.Pattern[str]:
    """A line whose last cell is its result, perhaps with a note after it: "... Fell (A2 lost)", "... | Falls – A2
    lost", "...; fell as A2 was defeated"."""
    results = either(tuple(decisions_vocabulary().motions.table_results))
    # tables capitalise their cells ("Carried", "LOST", "Not carried"); a lower-case "carried" ends a sentence, not a
    # row, unless a cell's own mark sets it apart ("support; carried", "Support | carried", "8/5: not moved")
    cell = r"(?:\s*[;|]\s*|\s*(?P<colon>:)\s*|\t\s*|\s+(?=[A-Z]))"
    return re.compile(rf"^[ \t]*(?P<item>\S.*?\w.*?){cell}(?P<result>(?i:{results})){_AFTER_RESULT}[ \t]*$")


# after the result, a note in brackets or the tally: "Fell (A2 lost)", "Carried, 41–12", "Lost (4–7)"; or the note
# told after a dash or as a reason ("Falls – A2 lost", "fell as A2 was defeated", "fell, A1 having passed"); then
# the rule closing a row drawn with bars ("| 3 | Votes at 16 | Fell |")
# "Carried as amended", "Remitted to committee", "withdrawn by the movers": the result's own words after it
_NOTE = r"[^|;()\n]{1,40}"
_AFTER_RESULT = (
    r"(?i:\s+as\s+amended|\s+to\s+(?:the\s+)?(?:[\w&'’-]+\s+)?(?:committee|executive|ec|officers|nec|gc|branch)"
    r"|\s+by\s+(?:the\s+)?(?:movers?|proposers?|branch))?"
    rf"(?:\s*\([^()\n]*\)|,?\s+\d{{1,3}}\s?[-–—]\s?\d{{1,3}}|\s+[–—-]\s+{_NOTE}"
    rf"|(?i:,?\s+(?:after|because|as|since|once)\s+){_NOTE}|,\s+{_NOTE}?\s+having\s+[\w-]+)?(?:[ \t]*\|)?"
)


@cache
def _row_led() -> re.Pattern[str]:
    """A line that opens with its result cell, capitalised as a table's cells are, set off by a dash, colon or bar,
    then the item: "Carried – A3", "LOST: Motion 7 (rail fares)", "Referred back | 13/8"."""
    results = either(tuple(decisions_vocabulary().motions.table_results))
    mark = r"[ \t]*(?:[–—|:]|-(?=\s))[ \t]*"
    return re.compile(rf"^[ \t]*(?P<result>(?=[A-Z])(?i:{results})){mark}(?P<item>\S.*?\w.*?)[ \t]*$")


def _matched_row(line: str) -> re.Match[str] | None:
    """The line as a row ending in its result; a row whose result follows a colon only when its item opens with the
    code or number a conference gives it ("8/5: not moved", "Rule 14 (organising fund): pulled"), not a line of
    figures or notes ("Membership: went down")."""
    row = _row().match(line)
    if row is None or row["colon"] is None or _coded_item().match(row["item"]):
        return row
    return None


@cache
def _coded_item() -> re.Pattern[str]:
    """ "13/4", "NR/8", "A7", "Rule 14", "Motion 3b": an item's code, or a numbering noun and its number."""
    nouns = either(decisions_vocabulary().tallies.numbering_nouns)
    return re.compile(rf"(?:{CODE}(?![\w/])|(?i:{nouns})\s+{ITEM_NUMBER}\b)")


def _led_row(line: str) -> re.Match[str] | None:
    """The line as a row led by its result, when its item is as short as a cell ("Carried – the enabling motion"),
    not a resolution's text ("CARRIED – That this Council ...")."""
    row = _row_led().match(line)
    if row is None or len(row["item"].split()) > _LED_ITEM_WORDS or _RESOLUTION.match(row["item"]):
        return None
    return row


_LED_ITEM_WORDS = 8
_RESOLUTION = re.compile(r"(?i:that|to)\b")


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
    line = page[line_start:line_end]
    led = _led_row(line)
    if led is not None:  # a run of rows led by their results, "Lost – 13/4" under "Withdrawn – 13/3"
        row: re.Match[str] | None = led
        rows = _is_led_row(page, _line_before(page, line_start)) or _is_led_row(page, _line_after(page, line_end))
    else:
        row = _matched_row(line) if _ends_in_result(line) else None
        # the lines around are read only for a row: a long line of prose before or after costs the row pattern much
        rows = row is not None and (
            _is_row(page, _line_before(page, line_start)) or _is_row(page, _line_after(page, line_end))
        )
    if row is None or not rows:
        return None
    return decisions_vocabulary().motions.table_results.get(" ".join(row["result"].lower().split()))


_ROW_NUMBER = re.compile(r"\s*\(?\d{1,3}[.)]\s*")
_CELL_GAP = re.compile(r" {3,}|\t|\s+[|—]\s+|\s+–\s+(?=\S)")
_NUMBER_CELL = re.compile(r"\W*(?:[A-Za-z]+\.?\s+)?\w{0,3}\d+\W*")  # "3", "M3", "Motion 3", "No. 3"


def row_item(row: str) -> str:
    """What a row decides: its first cell (after a cell that only numbers the row) when the columns are set apart
    by wide gaps or rules ("M2  Rail fares      A. Lee    Lost" gives "M2  Rail fares", "3 | Rail fares | A. Lee
    | Lost" gives "Rail fares"), else the row without its result cell."""
    led = _led_row(row)
    if led is not None:
        return led["item"]  # "Carried – 15/2" gives "15/2"
    cells = [cell for cell in _CELL_GAP.split(row.strip()) if cell.strip()]
    if len(cells) > 2 and _NUMBER_CELL.fullmatch(cells[0]):
        return cells[1]
    if len(cells) > 1:
        return cells[0]
    match = _matched_row(row.strip())
    return match["item"] if match else row


def _is_row(page: str, span: tuple[int, int] | None) -> bool:
    line = page[span[0] : span[1]] if span is not None else ""
    return span is not None and _ends_in_result(line) and _matched_row(line) is not None


def _is_led_row(page: str, span: tuple[int, int] | None) -> bool:
    return span is not None and _led_row(page[span[0] : span[1]]) is not None


@cache
def _last_words() -> re.Pattern[str]:
    """The result word or words at the line's end, before any note: the cheap test before the row pattern runs."""
    results = either(tuple(decisions_vocabulary().motions.table_results))
    return re.compile(rf"(?i:\b(?:{results}))\b(?:[^|;\n]{{0,60}})?[ \t|]*$")


def _ends_in_result(line: str) -> bool:
    """A cheap test before the row pattern runs: a result word is among the line's last words."""
    return _last_words().search(line[-80:]) is not None


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
