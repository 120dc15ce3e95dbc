"""The date of the meeting one report is about: from its heading, refined by a more precise date the opening
lines or a relative reference give within the heading's period; else from the opening lines; else from a
relative reference resolved against the publication date."""

from __future__ import annotations

import re

from nec_extract.language.calendar import WEEKDAY_NUMBERS, WEEKDAY_RE
from nec_extract.language.dates import iso_to_date
from nec_extract.models import DateMention, Precision
from nec_extract.page.meeting_date.header import from_header_above, from_headline_above
from nec_extract.page.meeting_date.heading import PRECISION_RANK, from_heading, year_of_heading
from nec_extract.page.meeting_date.opening import (
    from_deep_in_the_body,
    from_further_on,
    from_label_above,
    from_opening,
)
from nec_extract.page.meeting_date.relative import counted_from_heading, from_relative, from_relative_month
from nec_extract.page.meeting_date.source import DAYS_TO_WRITE_UP, Dated, MeetingDateInput


def find_meeting_date(source: MeetingDateInput) -> DateMention | None:
    heading = from_heading(source)
    if heading is None and source.title is None:
        heading = from_headline_above(source)  # "Report back – 21 January 2020" over an untitled account
    year = year_of_heading(source) if heading is None else None
    if heading is not None and heading.value.start is not None and source.hints.meeting is None:
        source.hints.meeting = iso_to_date(heading.value.start)  # "April 2020" then "held on April 23rd"
        if heading.precision is Precision.QUARTER:  # "Q1 2024" then "held on the 14th": the 14th of no month yet
            source.hints.meeting_last = heading.period()[1]
    elif year is not None and source.hints.meeting is None:
        first, last = year.period()  # "Executive report – 2019" then "met on 12 March"
        source.hints.meeting, source.hints.meeting_last = first, last
    # "NEC Report 2016" and nothing finer anywhere: the year is all the page knows of the meeting's date
    found = _choose(heading, source) or year
    return _as_meeting_date(found) if found is not None else None


def _choose(heading: Dated | None, source: MeetingDateInput) -> Dated | None:
    opening = from_opening(source)
    if heading is None:
        relative = from_relative(source)
        if _is_the_publication_day(opening, source) and relative is not None:
            return relative  # "Date: 14/03/2019" over "The NEC met on Tuesday ...": the day of writing
        found = (
            _written_beside(opening, relative, source) or _more_precise(opening, relative) or from_further_on(source)
        )
        above = (from_label_above(source) or from_header_above(source)) if source.title is None else None
        return found or above or from_relative_month(source) or from_deep_in_the_body(source)
    if _refines(opening, heading) or _met_days_before_the_heading(opening, heading):
        return opening
    counted = counted_from_heading(source, heading)
    if counted is not None:
        return counted
    further = _further_on_in(source, heading)
    if further is not None:
        return further
    relative = from_relative(source) if PRECISION_RANK[heading.precision] > 0 else None
    return relative if _refines(relative, heading) else heading


def _further_on_in(source: MeetingDateInput, heading: Dated) -> Dated | None:
    """ "NEC report, May 2023" over a personal note, then "So, to the meeting on 23 May": a day tied to the
    meeting past the opening lines, within the period the heading names, is the meeting's day."""
    if heading.precision is Precision.DAY:
        return None
    for found in (from_further_on(source), from_deep_in_the_body(source)):
        if _refines(found, heading):
            return found
    return None


def _met_days_before_the_heading(opening: Dated | None, heading: Dated) -> bool:
    """ "Executive update – 3 May 2022" over "Our executive met last Thursday, 28 April", "At its meeting on 28
    April ...", "The executive's 28 April session ...": a heading's day a few days after the day the opening ties
    to the meeting (by its verb, its noun, or the day opening the account) is the day of writing."""
    if opening is None or opening.precision is not Precision.DAY or heading.precision is not Precision.DAY:
        return False
    days = (heading.period()[0] - opening.period()[0]).days
    return 0 < days <= DAYS_TO_WRITE_UP


def _is_the_publication_day(opening: Dated | None, source: MeetingDateInput) -> bool:
    return (
        opening is not None
        and opening.precision is Precision.DAY
        and source.published is not None
        and opening.period()[0] == source.published
    )


def _written_beside(opening: Dated | None, relative: Dated | None, source: MeetingDateInput) -> Dated | None:
    """ "The NEC met today, September 29th" in a post dated days later: the day written beside the relative word
    is the meeting's, whatever day the post was put up."""
    if opening is None or relative is None or opening.precision is not Precision.DAY:
        return None
    between = source.page[relative.span.end : opening.span.start]
    return opening if _APPOSITION.fullmatch(between) else None


_APPOSITION = re.compile(r",[^\S\n]*|[^\S\n]*[–—][^\S\n]*")


def _more_precise(opening: Dated | None, relative: Dated | None) -> Dated | None:
    """The more precise of the opening's date and a relative reference; of two as precise, the one written
    first ("Thread on today's NEC. … NEC Disputes Panel, 8 March 2022 …")."""
    if opening is None or relative is None:
        return opening or relative
    opening_rank, relative_rank = PRECISION_RANK[opening.precision], PRECISION_RANK[relative.precision]
    if relative_rank == opening_rank:
        if _names_an_earlier_same_weekday(opening, relative):
            return opening
        return relative if relative.span.start < opening.span.start else opening
    return relative if relative_rank < opening_rank else opening


def _names_an_earlier_same_weekday(opening: Dated, relative: Dated) -> bool:
    """ "Tuesday's executive … on 16th September" posted on the 26th: the day written out falls on the weekday
    the relative reference names, before the day that weekday was counted to from the publication day."""
    weekday = _WEEKDAY.search(relative.span.text)
    if weekday is None or opening.precision is not Precision.DAY or relative.value.start is None:
        return False
    day = opening.period()[0]
    return day.weekday() == WEEKDAY_NUMBERS[weekday.group().lower()] and day < iso_to_date(relative.value.start)


_WEEKDAY = re.compile(rf"\b{WEEKDAY_RE}\b", re.IGNORECASE)


def _refines(finer: Dated | None, heading: Dated) -> bool:
    """A more precise date within the heading's period ("January 2024" → "23rd January")."""
    if finer is None or PRECISION_RANK[finer.precision] >= PRECISION_RANK[heading.precision]:
        return False
    first, last = heading.period()
    return first <= finer.period()[0] <= last


def _as_meeting_date(found: Dated) -> DateMention:
    """A meeting date is its first day: a range's end is dropped (a multi-day meeting starts then)."""
    span = found.span
    return DateMention(text=span.text, span=span, start=found.value.start, end=None, precision=found.precision)
