"""A body named by its clipped name ("Exec") right before a write-up word heads its report (round 9b):

- "Exec notes: the two-evening budget marathon (2nd & 9th March)", "Exec report – 14 May 2024", "Exec meeting,
  3 October 2022", "Exec minutes (Tuesday 5 March 2024)": the title names a meeting and dates it;
- the clipped name alone is no body: a dated line that only mentions the exec ("Exec away: 5 March 2024"), a
  line where the write-up follows no clipped name ("Speaker's notes, 5 May 2023"), and "notes" alone ("Notes – 5
  March 2024") head no report;
- a newsletter's contents under a label ("In this issue: From the Chair | Exec report | Diary") is a bar of
  items, and heads nothing.
"""

from __future__ import annotations

import pytest

from nec_extract.page.segment.furniture import is_menu_bar
from nec_extract.page.segment.headings import names_meeting
from nec_extract.pipeline import extract
from support import titles_and_first_meeting_day

BODY = (
    "The treasurer presented the accounts, which were approved. After a long discussion the members agreed to "
    "back the campaign for a new community centre and to write to the council about it."
)


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Exec notes: the two-evening budget marathon (2nd & 9th March 2023)", "2023-03-02"),  # party local blog
        ("Exec report – 14 May 2024", "2024-05-14"),  # union branch bulletin
        ("Exec meeting, 3 October 2022", "2022-10-03"),  # CLP minutes
        ("Exec minutes (Tuesday 5 March 2024)", "2024-03-05"),  # council group
        ("Branch exec update, 21 June 2021", "2021-06-21"),  # news write-up
    ],
)
def test_a_clipped_body_before_its_write_up_heads_its_report(title: str, day: str) -> None:
    page = f"Severn Valley Members\n\n{title}\n\n{BODY}\n"
    assert titles_and_first_meeting_day(page) == ([title], day)


@pytest.mark.parametrize(
    "line",
    [
        "Exec away: 5 March 2024",
        "Speaker's notes, 5 May 2023",
        "Notes – 5 March 2024",
        "The exec met on 5 March 2024 and took notes",
        "Exec, 5 March 2024",
    ],
)
def test_a_clipped_name_alone_names_no_meeting(line: str) -> None:
    assert not names_meeting(line)


def test_the_yearless_title_takes_the_year_of_the_pages_address() -> None:
    page = (
        "kelderby-libdems.example.org.uk/2023/03/exec-notes-march\n\nKelderby Liberal Democrats\n\n"
        "Exec notes: the two-evening budget marathon (2nd & 9th March)\n\n"
        "We met twice this time. The 2023 budget was approved 9–1 after a long debate about the print bill.\n"
    )
    reports = extract(page, "test.txt").reports
    assert [report.title for report in reports] == ["Exec notes: the two-evening budget marathon (2nd & 9th March)"]
    meeting = reports[0].meeting_date
    assert meeting is not None
    assert meeting.start == "2023-03-02"


@pytest.mark.parametrize(
    "contents",
    [
        "IN THIS ISSUE: From the Chair | Exec report | New members | Diary",  # party local newsletter
        "In this bulletin: Pay claim | Exec minutes | Stewards' news",  # union bulletin
        "Contents: Leader's column | Exec update · Casework · Surgeries",  # council group newsletter
        "Inside: CLP meeting | Exec notes | Fundraising | Dates",  # CLP news sheet
    ],
)
def test_a_newsletters_labelled_contents_heads_no_report(contents: str) -> None:
    assert is_menu_bar(contents)
    page = f"Harrowgate Members' Newsletter, January 2024\n\n{contents}\n\nFROM THE CHAIR\n{BODY}\n"
    assert not [report.title for report in extract(page, "test.txt").reports if report.title == contents]


@pytest.mark.parametrize(
    "line",
    [
        "Exec report: 5 March 2024 | Home | News",  # a dated item is no menu's
        "Agreed: the motion on pay was carried | the budget was passed after debate | the AGM is set",  # sentences
        "Pickets: Monday 3 June | Depot gates | from 6am",
    ],
)
def test_a_labelled_line_with_dated_or_long_items_is_no_contents(line: str) -> None:
    assert not is_menu_bar(line)
