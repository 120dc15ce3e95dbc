"""Minutes headers and dates written on pages the tool had not seen (round 7), on pages written here in several
styles (union branch, CLP, council, parish, NEC write-up), each with negatives:

- a stack of short header lines (body, meeting, day) is no paragraph hard-wrapped at their width, so the
  meeting's line is a heading;
- a day on the line under a title that is the meeting's own name ("GENERAL MEETING") is the meeting's day, as
  it is under a minutes title; not under a title that names a page about a meeting ("Report of the NEC meeting").
"""

from __future__ import annotations

import pytest

from nec_extract.page.segment import segment
from nec_extract.pipeline import extract

BODY = (
    "The treasurer reported that the accounts were in good order and that the fighting fund had raised more than "
    "expected. After a long discussion the committee agreed to support the campaign for a new hospital."
)


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("SOUTHTOWN CLP\nGENERAL MEETING\n14/06/2022\nChair: A. Smith", "GENERAL MEETING"),  # CLP
        ("Northfield Health Branch\nSpecial General Meeting\nVenue: Unity House", "Special General Meeting"),  # union
        ("Westbrook Parish Council\nMinutes of the Parish Council Meeting\nPresent: 6", None),  # parish
    ],
)
def test_a_stack_of_short_header_lines_is_no_wrapped_paragraph(header: str, title: str | None) -> None:
    page = f"{header}\n1. Apologies were received from two members.\n2. {BODY}\n"
    expected = title or "Minutes of the Parish Council Meeting"
    assert [block.title for block in segment(page)] == [expected]


@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("SOUTHTOWN CLP\nGENERAL MEETING\n14/06/2022", "2022-06-14"),  # CLP, figures
        ("Northfield Branch\nSpecial General Meeting\nThursday 2 February 2023", "2023-02-02"),  # union branch
        ("Planning Committee Meeting\n14.03.2023", "2023-03-14"),  # council
        ("Parish Council Meeting\nMonday 6th March 2023", "2023-03-06"),  # parish
    ],
)
def test_a_day_under_the_meetings_own_name_is_the_meeting_day(header: str, day: str) -> None:
    assert meeting_dates(f"{header}\n\n{BODY}\n") == [day]


@pytest.mark.parametrize(
    "header",
    [
        "Report of the NEC meeting\n13 March 2019",  # a page about a meeting: the line may be the day it was posted
        "Executive meeting report\n13 March 2019",
        "Meeting news\nPosted on 13 March 2019",  # a posting stamp
    ],
)
def test_a_day_under_a_title_about_a_meeting_is_no_meeting_day(header: str) -> None:
    assert meeting_dates(f"{header}\n\n{BODY}\n") == [None]
