"""Minutes headers and dates written on pages the tool had not seen (round 7), on pages written here in several
styles (union branch, CLP, council, parish, NEC write-up), each with negatives:

- a stack of short header lines (body, meeting, day) is no paragraph hard-wrapped at their width, so the
  meeting's line is a heading;
- a day on the line under a title that is the meeting's own name ("GENERAL MEETING") is the meeting's day, as
  it is under a minutes title; not under a title that names a page about a meeting ("Report of the NEC meeting");
- a meeting's title may end with its day in brackets ("March meeting (14/03/2023)"), as it may after a dash; a
  line that ends a sentence with a bracket ("... at the July meeting)") or brackets no date stays no heading;
- a page of dated entries (lines that give only a day, or a month with its year, each over a paragraph, two or
  more of different dates) is a report per entry, dated by its line; one such line is the page's dateline, and a
  stamp with a time (a comment's) or a line below a comment thread heads nothing;
- the last report of an archive cut off in a half sentence that names the meeting and its day ("The NEC met on
  24 January and the first item was the") is kept: a line breaking off on a word no heading ends on is no
  heading; a dated heading with nothing under it is still no report.
"""

from __future__ import annotations

import pytest

from nec_extract.page.segment import names_meeting, segment
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


@pytest.mark.parametrize(
    "heading",
    [
        "March meeting (14/03/2023)",  # a branch's archive of its meetings
        "Special meeting (5 March)",  # a union circular
        "Emergency meeting (Tuesday 14 March 2023)",  # a CLP
        "Budget meeting (27 Feb 2023)",  # a council group
    ],
)
def test_a_meeting_title_may_end_with_its_day_in_brackets(heading: str) -> None:
    assert names_meeting(heading)


@pytest.mark.parametrize(
    "line",
    [
        "as agreed at the July meeting)",
        "Items deferred to the July meeting (see above)",
        "Special meeting (online)",
    ],
)
def test_a_bracket_that_holds_no_date_makes_no_meeting_title(line: str) -> None:
    assert not names_meeting(line)


def test_meetings_titled_with_their_day_in_brackets_are_reports_of_their_own() -> None:
    other = "The secretary reported on recruitment in the colleges. Members agreed to fund a new banner for the march."
    page = f"Our meetings\n\nMarch meeting (14/03/2023)\n{BODY}\n\nApril meeting (11/04/2023)\n{other}\n"
    assert meeting_dates(page) == ["2023-03-14", "2023-04-11"]


OTHER = "The secretary reported on recruitment in the colleges. Members agreed to fund a new banner for the march."


@pytest.mark.parametrize(
    ("first", "second", "days"),
    [
        ("Tuesday 14 March 2023", "Tuesday 11 April 2023", ["2023-03-14", "2023-04-11"]),  # union branch
        ("14/03/2023", "11/04/2023", ["2023-03-14", "2023-04-11"]),  # council group
        ("12th March 2023:", "9th April 2023:", ["2023-03-12", "2023-04-09"]),  # CLP
    ],
)
def test_a_page_of_dated_entries_is_a_report_per_entry(first: str, second: str, days: list[str]) -> None:
    page = f"Branch committee meetings\n\n{first}\n\n{BODY}\n\n{second}\n\n{OTHER}\n"
    assert meeting_dates(page) == days


def test_one_day_over_a_paragraph_is_the_pages_dateline() -> None:
    page = f"Branch committee report\n\nTuesday 14 March 2023\n\n{BODY} {OTHER}\n"
    assert len(segment(page)) == 1


def test_comment_stamps_and_lines_below_a_thread_head_no_entries() -> None:
    stamps = (
        f"NEC report – 14 March 2023\n\n{BODY}\n\n14 March 2023 at 10:12\n{OTHER}\n\n15 March 2023 at 09:40\n{BODY}\n"
    )
    assert len(segment(stamps)) == 1
    thread = (
        f"NEC report – 14 March 2023\n\n{BODY}\n\nLeave a reply\n\n15 March 2023\n{OTHER}\n\n16 March 2023\n{BODY}\n"
    )
    assert len(segment(thread)) == 1


@pytest.mark.parametrize(
    "half_sentence",
    [
        "The NEC met on 24 January and the first item was the",  # NEC write-up
        "The branch committee met on 24 January 2023 to consider the",  # union branch
        "At the Labour group meeting on 24 January, councillors discussed the budget and",  # council group
    ],
)
def test_the_last_report_cut_off_in_a_half_sentence_naming_its_meeting_is_kept(half_sentence: str) -> None:
    page = f"NEC report – 14 March 2023\n\n{BODY}\n\nNEC report – 24 January 2023\n\n{half_sentence}"
    assert [block.title for block in segment(page)] == ["NEC report – 14 March 2023", "NEC report – 24 January 2023"]


def test_a_dated_heading_with_nothing_under_it_is_no_report_of_its_own() -> None:
    page = f"NEC report – 14 March 2023\n\n{BODY}\n\nNEC report – 24 January 2023\n"
    assert [block.title for block in segment(page)] == ["NEC report – 14 March 2023"]


def test_a_page_of_monthly_entries_is_a_report_per_month() -> None:
    page = f"Labour group news\n\nMarch 2023\n{BODY}\n\nApril 2023\n{OTHER}\n"
    assert meeting_dates(page) == ["2023-03", "2023-04"]


@pytest.mark.parametrize(
    "tail",
    [
        "Archives\nMarch 2023\nFebruary 2023\nJanuary 2023\n",  # a blog's archive list: no paragraph under a month
        f"March\n{OTHER}\n\nApril\n{OTHER}\n",  # a month alone is no entry's date
    ],
)
def test_months_that_head_no_paragraph_or_lack_a_year_are_no_entries(tail: str) -> None:
    page = f"NEC report – 14 March 2023\n\n{BODY}\n\n{tail}"
    assert [block.title for block in segment(page)] == ["NEC report – 14 March 2023"]
