"""The meeting date a report's heading gives: its most precise date ("July Executive – meeting July 17th
2018" is the 17th); a range's first day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from nec_extract.language.calendar import MONTH_RE, WEEKDAY_ABBR_RE, WEEKDAY_NUMBERS, WEEKDAY_RE
from nec_extract.language.dates import Candidate, DateValue, Parts, find_candidates, nearest_weekday, written_value
from nec_extract.language.dates.parts import DAY_NUMBER_RE, MONTH_NUMBER_RE
from nec_extract.language.dates.relative import day_in_month, weekday_day_near
from nec_extract.language.dates.values import resolve
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.language.marks import counts_a_post
from nec_extract.language.text import make_span
from nec_extract.models import Precision
from nec_extract.page.meeting_date.heading_aside import dates_another_thing
from nec_extract.page.meeting_date.source import MEETING_DATE_KINDS, Dated, MeetingDateInput, dated
from nec_extract.page.segment.headings import WEEKDAY_AFTER_SEPARATOR, names_meeting
from nec_extract.page.segment.lines import names_a_write_up

_YEAR = frozenset({"year"})
# a headline's day of what the meeting decided on, in the same clause: "NEC votes to hold special conference
# on 5 June" (not a date set apart after a dash: "NEC votes to expel councillor – 12 March 2019")
_FUTURE_BEFORE = re.compile(
    rf"\b(?:{alternation(pages_vocabulary().heading_future_words)})\b[^–—|:,()-]*$", re.IGNORECASE
)
PRECISION_RANK = {Precision.DAY: 0, Precision.MONTH: 1, Precision.QUARTER: 2, Precision.YEAR: 3, None: 4}


def from_heading(source: MeetingDateInput) -> Dated | None:
    if not source.title or source.title_start is None:
        return None
    start, end = source.title_start, source.title_start + len(source.title)
    source = _in_the_headings_year(source, start, end)
    within = [c for c in source.within(start, end) if not _of_what_was_decided(source, c.start)]
    found = [d for d in (dated(source, c) for c in within) if d is not None]
    if not found and within:
        found = _in_the_month_below(source, within)
    found += _day_of_the_headings_month(source, within, found)
    found = found or _slug_dates(source) or _day_and_month_in_figures(source) or _weekday_after_separator(source)
    found = found or _period_line_below(source)
    return min(found, key=lambda d: PRECISION_RANK[d.precision], default=None)


def _in_the_headings_year(source: MeetingDateInput, start: int, end: int) -> MeetingDateInput:
    """ "Regional Board 2021 (14-15/11)", "Executive 2019 – Tuesday 12 March": the one year a heading writes is
    the year of the day it writes without one, whatever the page's other dates."""
    years = source.within(start, end, _YEAR)
    if len(years) != 1 or source.hints.meeting is not None:
        return source
    year = int(years[0].match.group())
    hints = replace(source.hints, meeting=date(year, 1, 1), meeting_last=date(year, 12, 31))
    return replace(source, hints=hints)


def _in_the_month_below(source: MeetingDateInput, within: list[Candidate]) -> list[Dated]:
    """ "Federal Board, 25 January – report by Jo Bloggs" / "January 2024": the month and year alone on the line
    under a heading whose day names no year give it its year."""
    below = _period_line_below(source)
    if not below or below[0].precision is not Precision.MONTH:
        return []
    first, last = below[0].period()
    in_month = replace(source, hints=replace(source.hints, meeting=first, meeting_last=last))
    found = [d for d in (dated(in_month, c) for c in within) if d is not None]
    return [d for d in found if first <= d.period()[0] <= last]


def _day_of_the_headings_month(source: MeetingDateInput, within: list[Candidate], found: list[Dated]) -> list[Dated]:
    """ "NEC report, March 2019 (held on the 12th)", "Executive – March 2019, meeting of the 12th": a bare day after
    the heading's month is that month's day."""
    months = [d for d in found if d.precision is Precision.MONTH]
    days = [c for c in within if c.kind == "bare_ordinal" and months and c.start > months[0].span.end]
    if not days:
        return []
    value = day_in_month(int(days[0].match.group("day")), months[0].period()[0])
    return [Dated(make_span(source.page, days[0].start, days[0].end), value)] if value.start is not None else []


# a title that is a web address's last part: "nec-report-12-march-2019", "2019/03/executive-minutes-5-march"
# what may follow a heading's year: a meeting's name of a few words ending in its noun ("Annual Meeting", "NEC"),
# then or instead the write-up's noun ("AGM 2021 minutes", "2019 Annual Meeting report")
_MEETING_NAME_TAIL = re.compile(
    rf"(?:(?:[\w&'’-]+\s+){{0,3}}(?:{alternation(pages_vocabulary().meeting_nouns_after_a_heading_year)})"
    rf"(?:\s+(?:{alternation(pages_vocabulary().write_ups_after_a_heading_year)}))?"
    rf"|(?:{alternation(pages_vocabulary().write_ups_after_a_heading_year)}))",
    re.IGNORECASE,
)
_SLUG = re.compile(r"[a-z0-9]+(?:[-_/][a-z0-9]+)+/?")
_SLUG_MONTH = re.compile(rf"(?<![a-z]){MONTH_RE}(?![a-z])", re.IGNORECASE)


# a day and month in figures that end the title, or stand in brackets: "NEC 12/3", "NEC report (12/03)", "NEC
# report, Tues 12/3", or a run of days ("Board 2021 – 14-15/11", the first day the meeting's); not a tally inside
# it ("NEC votes 20/10 to suspend ...")
_DAY_MONTH_FIGURES = re.compile(
    rf"(?:^|[\s(\[–—,:-])(?P<weekday>{WEEKDAY_RE}|{WEEKDAY_ABBR_RE})?\.?,?\s*"
    rf"(?:(?P<first>{DAY_NUMBER_RE})\s*[-–—]\s*)?"
    rf"(?P<day>{DAY_NUMBER_RE})/(?P<month>{MONTH_NUMBER_RE})(?:[)\]]|\s*$)",
    re.IGNORECASE,
)


def _day_and_month_in_figures(source: MeetingDateInput) -> list[Dated]:
    """A heading's day and month in figures, without a year (the year from the page's date)."""
    assert source.title is not None and source.title_start is not None
    match = _DAY_MONTH_FIGURES.search(source.title)
    if match is None or counts_a_post(source.page, int(match.group("day")), int(match.group("month"))):
        return []  # "Unite EC report – Day 2 🧵 (1/9)" over the thread's posts "2/", "3/" ...: a post's counter
    weekday = match.group("weekday")
    day = match.group("first") or match.group("day")
    parts = Parts(None, int(match.group("month")), int(day), WEEKDAY_NUMBERS[weekday.lower()] if weekday else None)
    value = resolve(parts, source.hints)
    if value.start is None:
        return []
    start = source.title_start + (
        match.start("weekday") if weekday else match.start("first" if match.group("first") else "day")
    )
    return [Dated(make_span(source.page, start, source.title_start + match.end("month")), value)]


def _weekday_after_separator(source: MeetingDateInput) -> list[Dated]:
    """ "NEC – Tuesday" over a post dated Thursday 14 March: the Tuesday before (or of) the publication day; "NEC,
    Tuesday 12th": the 12th that is a Tuesday, near it."""
    assert source.title is not None and source.title_start is not None
    match = WEEKDAY_AFTER_SEPARATOR.search(source.title)
    if match is None or source.published is None:
        return []
    weekday = match.group("weekday")
    end = source.title_start + match.start() + len(match.group().rstrip())
    span = make_span(source.page, source.title_start + match.start("weekday"), end)
    if match.group("day"):  # "Labour NEC, Tuesday 12th": the 12th that is a Tuesday near the post's day
        value = weekday_day_near(weekday, int(match.group("day")), source.published)
        return [Dated(span, value)] if value.start is not None else []
    day = nearest_weekday(WEEKDAY_NUMBERS[weekday.lower()], source.published, "past")
    return [Dated(span, DateValue(day.isoformat(), None, Precision.DAY))]


# a month with its year, or a run of months, alone on a line ("July 2019", "March/April 2022")
_PERIOD_KINDS = frozenset({"month", "range"})
_SPACE_AND_BRACKETS = " \t()[]"


def _period_line_below(source: MeetingDateInput) -> list[Dated]:
    """ "Executive Council report" / "July 2019": a line right under an undated heading that holds only a month
    and its year, or a run of days ("14 and 15 March 2021"), dates the meeting, as the heading's own date would
    ("Regional Board – June 2023"); a single day on such a line is the page's dateline, no meeting's."""
    line_start, line_end = _line_below(source)
    line = source.page[line_start:line_end].strip(_SPACE_AND_BRACKETS)  # also "(July 2019)", as a year's line
    if not line or line_start >= source.end:
        return []
    within = source.within(line_start, line_end, _PERIOD_KINDS)
    if len(within) != 1 or source.page[within[0].start : within[0].end].strip() != line:
        return []
    found = dated(source, within[0])
    if found is None or not (found.precision is Precision.MONTH or _a_run_of_days(found)):
        return []
    return [found]


def _a_run_of_days(found: Dated) -> bool:
    """ "14 and 15 March 2021", "3rd, 4th & 5th June": several days, which no page's dateline gives."""
    return found.precision is Precision.DAY and found.value.end is not None and found.value.end != found.value.start


def _line_below(source: MeetingDateInput) -> tuple[int, int]:
    """Where the first line under the heading starts and ends (within the report)."""
    assert source.title is not None and source.title_start is not None
    line_start = source.title_start + len(source.title)
    while line_start < source.end and source.page[line_start] in " \t\r\n":
        line_start += 1
    line_end = source.page.find("\n", line_start)
    return line_start, source.end if line_end < 0 else min(line_end, source.end)


def _slug_dates(source: MeetingDateInput) -> list[Dated]:
    """The dates of a title written as a web address's slug, read as words ("12 March 2019"); the slug keeps its
    length, so the spans stay the page's."""
    assert source.title is not None and source.title_start is not None
    if not _SLUG.fullmatch(source.title):
        return []
    words = re.sub(r"[-_/]", " ", source.title)
    words = _SLUG_MONTH.sub(lambda m: m.group().capitalize(), words)
    found = []
    for candidate in find_candidates(words, 0, len(words), []):
        value = written_value(candidate, source.hints) if candidate.kind in MEETING_DATE_KINDS else None
        if value is not None and value.start is not None:
            start = source.title_start + candidate.start
            found.append(Dated(make_span(source.page, start, start + candidate.length), value))
    return found


def _of_what_was_decided(source: MeetingDateInput, start: int) -> bool:
    assert source.title_start is not None and source.title is not None
    if dates_another_thing(source.title, start - source.title_start):
        return True  # "Branch bulletin: ballot closes 8 July 2020"
    return bool(_FUTURE_BEFORE.search(source.page, source.title_start, start))


def year_of_heading(source: MeetingDateInput) -> Dated | None:
    """The year a heading names on its own, at its end ("Executive report – 2019", "AGM 2021") or before the
    meeting's name that ends it ("Report of the 2019 Annual Meeting"), not the year of something else ("Special
    meeting on 2019 election defeat")."""
    if not source.title or source.title_start is None:
        return None
    end = source.title_start + len(source.title)
    years = source.within(source.title_start, end, _YEAR)
    if len(years) != 1:
        return None if years else _year_line_below(source)
    tail = _TRAILING_ASIDE.sub("", source.page[years[0].end : end]).strip(" )]")
    if _of_what_was_decided(source, years[0].start):
        return None  # "Branch bulletin: ballot opens in 2021"
    if not tail or _MEETING_NAME_TAIL.fullmatch(tail) or _opens_a_meetings_heading(source, years[0].start, tail):
        return dated(source, years[0])
    if _ends_a_meetings_name(source, years[0].end, tail):
        return dated(source, years[0])
    return None


# a separator after the year, then the write-up's own title: "TUC Congress 2024: a report from our delegation"
_SEPARATED_TITLE = re.compile(r"[–—:|-]\s*(?P<title>\S.*)")


def _ends_a_meetings_name(source: MeetingDateInput, year_end: int, tail: str) -> bool:
    """ "Regional Conference 2023 – delegate report", "Congress 2024: our delegation's report": a year that ends
    the meeting's name, set apart from the title of its write-up, is the meeting's."""
    assert source.title_start is not None
    separated = _SEPARATED_TITLE.fullmatch(tail)
    if separated is None or not names_a_write_up(separated.group("title")):
        return False
    return names_meeting(source.page[source.title_start : year_end])


# a bracketed aside that ends a heading, its place or venue: "Annual Conference 2024 report (Liverpool)"
_TRAILING_ASIDE = re.compile(r"\s*[(\[][^()\[\]\d]*[)\]]\s*$")


def _opens_a_meetings_heading(source: MeetingDateInput, start: int, tail: str) -> bool:
    """ "2024 Regional Board summary", "2019 | Branch minutes": a year written first, before the title that names
    the meeting or its write-up, is the meeting's."""
    return start == source.title_start and (names_meeting(tail) or names_a_write_up(tail))


def _year_line_below(source: MeetingDateInput) -> Dated | None:
    """ "Regional Board summary" / "2021": a year alone on the line right under a heading is the meeting's, as a
    month alone there is (a day there is the page's dateline)."""
    line_start, line_end = _line_below(source)
    years = source.within(line_start, line_end, _YEAR)
    if len(years) != 1 or source.page[line_start:line_end].strip(_SPACE_AND_BRACKETS) != years[0].text:
        return None
    return dated(source, years[0])
