"""Where a report tells its decisions a second time: a digest under a label ("Key points", "In brief", "SUMMARY OF
DECISIONS") on a line of its own, a paragraph opened by one ("TL;DR: ...", "To sum up, ...", "5/ Recap for
skimmers: ..."), and a live blog's UPDATE entry ("16:05 UPDATE: the vote on the rule change was 20-13"). What is told
there is mostly told in the account too, and listed once (SPEC Rulings: a decision, a tally, restated is listed once);
the extractors ask here whether an offset lies in such a place."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from nec_extract.language.calendar import CLOCK_TIME_RE
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.page.context import ReportContext

Part = tuple[int, int]


@dataclass(frozen=True)
class Retellings:
    digests: tuple[Part, ...]  # a digest's lines, from its first item to its paragraph's end
    updates: tuple[Part, ...]  # an UPDATE entry, to its paragraph's end

    def in_a_digest(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.digests)

    def in_an_update(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.updates)


def retellings(report: ReportContext) -> Retellings:
    """The report's digests and UPDATE entries (page offsets)."""
    return _retellings(report.text, report.start, report.end)


# a live blog's time stamp or a thread's post number before a line's label: "16:05 UPDATE:", "5/ To recap:"
_LEAD = rf"[^\w\n]*(?:{CLOCK_TIME_RE}[^\w\n]*|\d{{1,2}}\s*/\s*)?"


@cache
def _label_line() -> re.Pattern[str]:
    """A line that is only a digest's label: "Key points", "SUMMARY OF DECISIONS", "In brief:"."""
    labels = alternation(pages_vocabulary().recap_labels)
    return re.compile(rf"{_LEAD}(?:{labels})\W*", re.IGNORECASE)


@cache
def _label_opening() -> re.Pattern[str]:
    """A line opened by a digest's label and its colon or comma: "TL;DR: ...", "To sum up, ...", "Recap for
    skimmers: ..."."""
    labels = alternation(pages_vocabulary().recap_labels)
    return re.compile(rf"{_LEAD}(?:{labels})(?:\s+for\s+[^\W\d][^:\n]{{0,20}})?\s*[:,–-]\s*\S", re.IGNORECASE)


@cache
def _update_opening() -> re.Pattern[str]:
    """A live blog's entry opened by its label: "UPDATE: ...", "16:05 UPDATE – ...", "Update, 7.40pm: ..."."""
    labels = alternation(pages_vocabulary().update_labels)
    return re.compile(rf"{_LEAD}(?:{labels})\b(?!\s+on\b)[^\w\n]", re.IGNORECASE)


@lru_cache(maxsize=16)
def _retellings(text: str, start: int, end: int) -> Retellings:
    lines: list[Part] = []
    at = start
    for line in text[start:end].splitlines(keepends=True):
        lines.append((at, at + len(line.rstrip())))
        at += len(line)
    digests: list[Part] = []
    updates: list[Part] = []
    for index, (first, last) in enumerate(lines):
        line = text[first:last]
        if _label_line().fullmatch(line):
            body = _next_paragraph(text, lines, index + 1)
            if body is not None:
                digests.append(body)
        elif _label_opening().match(line):
            digests.append((first, _paragraph_end(text, lines, index)))
        elif _update_opening().match(line):
            updates.append((first, _paragraph_end(text, lines, index)))
    return Retellings(tuple(digests), tuple(updates))


def _blank(text: str, line: Part) -> bool:
    return not text[line[0] : line[1]].strip()


def _paragraph_end(text: str, lines: list[Part], index: int) -> int:
    """The end of the paragraph the line at ``index`` is in (its last line before a blank one)."""
    end = lines[index][1]
    for line in lines[index + 1 :]:
        if _blank(text, line):
            break
        end = line[1]
    return end


def _next_paragraph(text: str, lines: list[Part], index: int) -> Part | None:
    """The paragraph under a label line: the lines from the next with words on to the paragraph's end."""
    while index < len(lines) and _blank(text, lines[index]):
        index += 1
    if index >= len(lines):
        return None
    return lines[index][0], _paragraph_end(text, lines, index)
