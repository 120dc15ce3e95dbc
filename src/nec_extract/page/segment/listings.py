"""Lists of dates and dated meetings, which head no report.

A diary of dates under their labels ("Deadline for copy: Thursday 13 April" / "AGM: Saturday 17 June, Library")
is lines of the report above. A blog's list of its posts ("NEC Report – 21 September 2021" / "NEC Report – 20 July
2021" / ...) or a diary of meetings to come: three lines or more in a row, each a dated heading that names a
meeting, with no blank line or sentence between them, are a list, and none of them starts a report (two such
lines stacked are two meetings: the SPEC's ruling). A run whose lines each name another body ("NEC – 14 March" /
"Organisation Committee – 7 March" / "Equality Committee – 6 March") over a paragraph that says a meeting took
place or decided is a stack of meetings over their report, not a list (a list names one body or series again and
again; a diary of meetings to come says no such thing under it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from nec_extract.language.calendar import WEEKDAY_RE
from nec_extract.language.dates import candidates_in, find_candidates, parse_parts
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.page.segment.account import says_it_met_or_decided
from nec_extract.page.segment.furniture import ends_in_a_linked_date
from nec_extract.page.segment.headings import is_dated, names_meeting
from nec_extract.page.segment.lines import Line, clean_title

# the fewest dated meeting headings in a row that make a list
_FEWEST_IN_A_LIST = 3


def listed_meetings(lines: Sequence[Line]) -> set[int]:
    """The starts of the lines that belong to a list of dated meetings."""
    listed: set[int] = set()
    run: list[Line] = []
    for index, line in enumerate([*lines, None]):
        if line is not None and _dated_meeting(line):
            run.append(line)
            continue
        if len(run) >= _FEWEST_IN_A_LIST and not _stacked_over_a_report(run, lines[index:]):
            listed.update(item.start for item in run)
        run = []
    return listed


def _stacked_over_a_report(run: list[Line], rest: Sequence[Line]) -> bool:
    names = [_without_dates(clean_title(line.stripped)) for line in run]
    if len(set(names)) < len(names):
        return False
    paragraph = _next_paragraph(rest)
    return says_it_met_or_decided(paragraph, 0, len(paragraph))


def _next_paragraph(rest: Sequence[Line]) -> str:
    """The first paragraph of the lines after the run (blank lines before it skipped)."""
    texts: list[str] = []
    for line in rest:
        if line.stripped:
            texts.append(line.stripped)
        elif texts:
            break
    return " ".join(texts)


def _without_dates(title: str) -> str:
    for candidate in reversed(find_candidates(title, 0, len(title), [])):
        title = title[: candidate.start] + title[candidate.end :]
    return " ".join(title.lower().strip(" \t–—-:,|()").split())


def _dated_meeting(line: Line) -> bool:
    text = line.stripped
    return bool(text) and names_meeting(text) and is_dated(clean_title(text))


# a label, then a colon and the date right after it: "AGM: Saturday 17 June, Kelderby Library"
_LABEL = re.compile(r"^[^\W\d][^:.!?\n]{0,50}:\s+")
# or a dash, with the hour right after the date: "Executive – Tuesday 3 May, 7.30pm, online"
_DASH_LABEL = re.compile(r"^[^\W\d][^:.!?\n–—]{0,50}?\s+[–—-]\s+")
_HOUR_AFTER = re.compile(
    r",?\s*(?:at\s+|from\s+)?\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)\b|,?\s*(?:at\s+)?\d{1,2}:\d\d\b", re.IGNORECASE
)
# the cheap look for an hour anywhere on the line, before its dates are sought
_AN_HOUR = re.compile(r"\d(?:\s*[ap]m\b|:\d\d)", re.IGNORECASE)
_FEWEST_IN_A_DIARY = 2
_A_DIGIT = re.compile(r"\d")
# a diary line's date without the hour names its weekday ("Monday 20 May"), and ends the line or its first part
_WEEKDAY_FIRST = re.compile(rf"{WEEKDAY_RE}\b", re.IGNORECASE)
_PART_ENDS = re.compile(r"\s*(?:,|$)")


# "Upcoming meetings", "Dates for your diary:": a label over a diary of meetings to come
_DIARY_LABEL = re.compile(rf"^\W*(?:{alternation(pages_vocabulary().diary_labels)})\s*:?\s*$", re.IGNORECASE)


def diary_lines(lines: Sequence[Line]) -> set[int]:
    """The starts of the lines of a diary: two lines or more in a row, each a label with a date right after its
    colon ("Deadline for copy: Thursday 13 April" / "AGM: Saturday 17 June, Library"), or the dated lines under a
    diary's label ("Upcoming meetings" / "NEC – 19 July 2022" / "Org Committee – 12 July 2022"). They are a
    report's lines, never headings, though one may name a meeting and its day. In a run of lines each dated right
    after a dash, one with the hour makes them all a diary ("Branch meeting – Tuesday 2 July, 7pm, Unity Hall" /
    "Summer picnic – Sunday 14 July"): stacked meetings' headings give no hour."""
    diary = _under_a_diary_label(lines)
    run: list[int] = []
    timed = False
    for line in [*lines, None]:
        kind = _dates_a_label(line.stripped) if line is not None else None
        if line is not None and kind is not None:
            run.append(line.start)
            timed = timed or kind
            continue
        if len(run) >= _FEWEST_IN_A_DIARY and timed:
            diary.update(run)
        run, timed = [], False
    return diary


def _under_a_diary_label(lines: Sequence[Line]) -> set[int]:
    """The starts of the dated lines right under a diary's label, down to the first blank or undated line."""
    found: set[int] = set()
    under_label = False
    for line in lines:
        text = line.stripped
        if _DIARY_LABEL.match(text):
            under_label = True
        elif under_label and text and is_dated(text):
            found.add(line.start)
        else:
            under_label = False
    return found


def _dates_a_label(text: str) -> bool | None:
    """ "AGM: Saturday 17 June, Library" (True); or, after a dash, a date with the hour ("GC – Thursday 12 May,
    7pm, Co-op hall": True), which a heading over a report does not give; or, after a dash, a weekday's date that
    ends the line or its first part ("Executive – Monday 20 May": False, a diary's line only beside one with the
    hour). None for any other line."""
    # asked of every line of a page: the date finder only for lines that could be one
    label = _LABEL.match(text) or (_DASH_LABEL.match(text) if _A_DIGIT.search(text) else None)
    if label is None:
        return None
    found = find_candidates(text, label.end(), len(text), [])
    if not found or found[0].start != label.end():
        return None
    if label.re is _LABEL or _HOUR_AFTER.match(text, found[0].end):
        return True
    dated = text[found[0].start : found[0].end]
    return False if _WEEKDAY_FIRST.match(dated) and _PART_ENDS.match(text, found[0].end) else None


# a blog's archive of months: "January 2023", "November 2022 (4)", "March 2021 – 3 posts"
_MONTH_KINDS = frozenset({"month"})
_COUNT_AFTER = re.compile(r"\s*(?:\(\d+\)|[-–—]?\s*\d+\s+\w+)?\s*$")


def archive_months(lines: Sequence[Line]) -> set[int]:
    """The starts of the lines of a blog's archive: three lines or more in a row, each a month with its year and
    nothing else (a count of posts at most), newest first. They belong to no report: the one above ends at them.
    (Months in the order of a year, "January 2024" / "March 2024" / "May 2024", are a report's diary.)"""
    listed: set[int] = set()
    run: list[tuple[int, tuple[int, int]]] = []
    for line in [*lines, None]:
        month = _month_alone(line.stripped) if line is not None else None
        if line is not None and month is not None and (not run or month < run[-1][1]):
            run.append((line.start, month))
            continue
        if len(run) >= _FEWEST_IN_A_LIST:
            listed.update(start for start, _ in run)
        run = [(line.start, month)] if line is not None and month is not None else []
    return listed


# a month with its year and maybe a count ("March 2024 (3)", "May 2023 – 4 posts") is a short line
_LONGEST_MONTH_LINE = 40


def _month_alone(text: str) -> tuple[int, int] | None:
    """(year, month) of a line that is a month with its year and nothing else."""
    if len(text) > _LONGEST_MONTH_LINE or not any(ch.isdigit() for ch in text):
        return None  # asked of every line of a page: the date finder only for lines that could be one
    found = candidates_in(text)
    if len(found) != 1 or found[0].kind not in _MONTH_KINDS or found[0].start != 0:
        return None
    parts = parse_parts(found[0].match.group())
    if parts is None or parts.year is None or parts.month is None or not _COUNT_AFTER.match(text, found[0].end):
        return None
    return parts.year, parts.month


def dated_link_lines(lines: Sequence[Line]) -> set[int]:
    """The starts of the lines of a list of dated links: two lines or more in a row, each ending in its date after
    a dash or a bar, one of them at least naming no meeting ("Pay ballot opens – 20 February 2024" / "AGM date
    set – 3 January 2024"). They are links to other articles (or a diary's lines), never headings; two meetings'
    headings stacked ("NEC – 14 March 2023" / "Disputes Panel – 7 March 2023") are no such list."""
    found: set[int] = set()
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and line.stripped and ends_in_a_linked_date(line.stripped):
            run.append(line)
            continue
        if len(run) >= _FEWEST_IN_A_DIARY and not all(names_meeting(item.stripped) for item in run):
            found.update(item.start for item in run)
        run = []
    return found
