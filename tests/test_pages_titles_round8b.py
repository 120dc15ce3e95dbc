"""Titles and meeting days on pages the tool had not seen (round 8), on pages written here in several styles
(NEC write-up, union branch, council and CLP minutes, news), each with negatives:

- a title that names the month, then the meeting word, then a colon and what was decided ("February delegate
  meeting: backing for the pay claim") heads the report; the first sentence under such a heading dates the meeting
  by a weekday counted from the publication day ("A packed room on Tuesday night ..."), though it names no
  meeting word, but not by a weekday ahead nor by "yesterday" tied to nothing;
- when the byline gives a writing day other than the heading's ("By Jo Writer | 19 July 2023" over "Board report:
  18 July 2023"), the heading's day is the meeting's, not a day to count "yesterday" back from;
- a heading's bracketed aside that dates a period ("(to replace Jo Bloggs from March)", "(acting until May)") is
  no date of a meeting: the heading is a section of the report above, not a report of its own.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def reports(page: str) -> list[tuple[str | None, str | None]]:
    """Each report's title and meeting day."""
    found = extract(page, "test.txt").reports
    return [(r.title, r.meeting_date.start if r.meeting_date else None) for r in found]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (  # union branch
            "Eastgate Branch News\nPosted 14 February 2025\n\nFebruary delegate meeting: backing for the pay claim\n\n"
            "A packed room on Tuesday night heard the branch secretary set out the claim in full. Delegates voted to "
            "back it and to ask the region for help with a ballot.\n",
            ("February delegate meeting: backing for the pay claim", "2025-02-11"),
        ),
        (  # CLP
            "Northfield CLP\nPublished 9 October 2024\n\nOctober all-members meeting: a new campaign plan\n\n"
            "Members crowded into the community hall on Monday evening to agree the plan for the winter. The "
            "secretary thanked everyone who had leafleted over the summer.\n",
            ("October all-members meeting: a new campaign plan", "2024-10-07"),
        ),
        (  # news on a council
            "Westbrook Gazette\nPublished 22 March 2023\n\nMarch council meeting: budget passes after long debate\n\n"
            "Councillors sat late on Monday night before the budget went through by 30 votes to 21. The leader "
            "said the settlement was the hardest in a decade.\n",
            ("March council meeting: budget passes after long debate", "2023-03-20"),
        ),
    ],
)
def test_a_month_meeting_title_with_a_colon_heads_its_report_dated_by_its_first_sentence(
    page: str, expected: tuple[str, str]
) -> None:
    assert reports(page) == [expected]


@pytest.mark.parametrize(
    "first_sentence",
    [
        "A rally is planned for Saturday outside the town hall.",  # a weekday ahead
        "Yesterday's rain kept some away, but the room was full.",  # 'yesterday' tied to nothing
    ],
)
def test_the_first_sentence_dates_the_meeting_by_a_past_weekday_only(first_sentence: str) -> None:
    page = (
        "Eastgate Branch News\nPosted 14 February 2025\n\nFebruary delegate meeting: backing for the pay claim\n\n"
        f"{first_sentence} Delegates voted to back the claim and to ask the region for help with a ballot.\n"
    )
    assert reports(page) == [("February delegate meeting: backing for the pay claim", "2025-02")]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (  # union head office
            "By Jo Writer | 19 July 2023\n\nBoard report: 18 July 2023\n\nYesterday's Board agreed to open talks on "
            "the new pay structure and to report back in September.\n",
            ("Board report: 18 July 2023", "2023-07-18"),
        ),
        (  # union branch blog
            "Posted by Sam Lee on 9 May 2024\n\nBranch committee – 8 May 2024\n\nYesterday's committee heard from "
            "the area organiser about the recruitment drive.\n",
            ("Branch committee – 8 May 2024", "2024-05-08"),
        ),
        (  # news on a council
            "By Amy Reporter | 15 March 2024\n\nCouncil meeting: 13 March 2024\n\nYesterday's meeting of the "
            "council agreed to freeze parking charges for a year.\n",
            ("Council meeting: 13 March 2024", "2024-03-13"),
        ),
    ],
)
def test_a_headings_day_is_the_meetings_when_the_byline_gives_another(page: str, expected: tuple[str, str]) -> None:
    assert reports(page) == [expected]


def test_a_headings_day_that_is_the_bylines_is_the_writing_day() -> None:
    page = (
        "By Jo Writer | 19 July 2023\n\nBoard report: 19 July 2023\n\nYesterday's Board agreed to open talks on the "
        "new pay structure and to report back in September.\n"
    )
    assert reports(page) == [("Board report: 19 July 2023", "2023-07-18")]


@pytest.mark.parametrize(
    "section",
    [
        "Election – NEC Vice Chair (to replace Jo Bloggs from March)",  # NEC write-up
        "Election – Branch Treasurer (acting until May)",  # union branch
        "Appointment – Clerk to the Council (in post from September)",  # council minutes
    ],
)
def test_a_headings_aside_dating_a_period_makes_no_report_of_it(section: str) -> None:
    page = (
        "NEC report – 21 January 2025\n\nThe NEC met on 21 January 2025 and agreed the timetable for the spring.\n\n"
        f"{section}\n\nTwo members were nominated and Pat Green was elected by a clear margin.\n"
    )
    assert reports(page) == [("NEC report – 21 January 2025", "2025-01-21")]


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("Branch AGM (held 14 March 2024)", "2024-03-14"),  # an aside that dates the meeting
        ("Special Council Meeting (5 June 2023)", "2023-06-05"),
    ],
)
def test_a_headings_aside_dating_the_meeting_still_dates_it(heading: str, day: str) -> None:
    page = f"{heading}\n\nThe meeting elected a new committee and thanked the outgoing officers.\n"
    assert reports(page) == [(heading, day)]
