"""Titles of meetings the tool had not seen (round 9), on pages written here in several styles:

- a title's own bracketed aside at its end ("Minutes – Saturday 17 May 2025 (online)", "Special meeting, 5 March
  (via Zoom)") is no sentence's end: the title still names its meeting and dates it; a line of prose that closes a
  bracket opened on an earlier line ("... at the July meeting)") is still none;
- a heading with nothing under it stacked right over the next report's heading ("NEC Report, June / July 2012"
  over "NEC meeting, 17 July 2012") is part of the report below (the SPEC's ruling), whose period it dates; a
  sentence under a heading is no second heading;
- a page's web address on a line of its own ("example.org/2023/03/exec-notes-march") is no heading, whatever
  words its path holds.
"""

from __future__ import annotations

import pytest

from nec_extract.page.segment import segment
from nec_extract.pipeline import extract
from support import titles_and_first_meeting_day

BODY = (
    "The treasurer presented the accounts, which were approved. After a long discussion the committee agreed to "
    "back the campaign for a new community centre and to write to the council about it."
)


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Minutes – Saturday 17 May 2025 (online)", "2025-05-17"),  # party regional committee
        ("Special meeting, 5 March 2024 (via Zoom)", "2024-03-05"),  # union branch
        ("Branch meeting – 12 June 2023 (hybrid)", "2023-06-12"),  # CLP
        ("Extraordinary meeting 3 October 2022 (held in the Guildhall)", "2022-10-03"),  # council
    ],
)
def test_a_titles_aside_at_its_end_keeps_its_meeting(title: str, day: str) -> None:
    page = f"Severn Valley Committee\n\n{title}\n\nPresent: A. Jones, B. Smith, C. Patel\n\n{BODY}\n"
    assert titles_and_first_meeting_day(page) == ([title], day)


@pytest.mark.parametrize(
    "line",
    [
        "members would decide at the July meeting (in person)",
        "Report back to the September meeting (deferred)",
    ],
)
def test_a_line_without_a_date_in_its_aside_names_no_dated_meeting(line: str) -> None:
    page = f"Branch meeting – 12 June 2023\n\n{BODY}\n\n{line}\n\n{BODY}\n"
    assert [block.title for block in segment(page)] == ["Branch meeting – 12 June 2023"]


@pytest.mark.parametrize(
    "address",
    [
        "kelderby-libdems.example.org.uk/2023/03/exec-notes-march",
        "https://branch.example.org/news/branch-committee-minutes-june",
        "www.example.org/council/meetings/full-council-minutes",
    ],
)
def test_a_web_address_is_no_heading(address: str) -> None:
    title = "Branch committee – 7 June 2023"
    page = f"{address}\n\n{title}\n\n{BODY}\n"
    assert [block.title for block in segment(page)] == [title]


WRITER = "by Sam Okafor"
SECOND_BODY = (
    "The committee heard reports from the regions and agreed a new training plan for officers. It also agreed to "
    "hold its next conference in the spring."
)


@pytest.mark.parametrize(
    ("upper", "lower", "period", "posted"),
    [
        ("NEC Report, June / July 2012", "NEC meeting, 17 July 2012", "2012-06", "20 July 2012"),  # NEC blog
        ("Executive Council report – May 2024", "Executive Council, 21 May 2024", "2024-05", "23 May 2024"),  # union
        ("Group report, March 2023", "Group meeting – 14 March 2023", "2023-03", "16 March 2023"),  # council group
    ],
)
def test_a_period_heading_over_a_posts_heading_is_part_of_that_report(
    upper: str, lower: str, period: str, posted: str
) -> None:
    page = (
        f"Latest reports\n\n{upper}\n{lower}\n\nPosted on {posted} by Sam\n\n{BODY}\n\n{SECOND_BODY}\n\n"
        f"Branch meeting – 3 February 2012\n\nPosted on 5 February 2012 by Sam\n\n{BODY}\n"
    )
    reports = extract(page, "test.txt").reports
    assert len(reports) == 2
    assert reports[0].span.start == page.index(upper)
    assert reports[0].dates[0].start == period
    meeting = reports[0].meeting_date
    assert meeting is not None
    assert meeting.precision == "day"


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("NEC Report – 28 March 2023", "Labour NEC meeting, 28 March 2023"),  # one body, named twice
        ("Branch meeting – 5 June 2024", "A brief meeting, mostly about one branch."),  # a sentence under it
        ("Council group report – 2 May 2023", "The group met in the town hall."),
    ],
)
def test_one_body_named_twice_or_a_sentence_under_a_heading_is_one_report(upper: str, lower: str) -> None:
    page = f"{upper}\n\n{lower}\n\n{BODY}\n\n{SECOND_BODY}\n"
    assert [block.title for block in segment(page)] == [upper]
