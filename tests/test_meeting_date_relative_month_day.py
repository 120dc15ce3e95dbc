"""Meeting dates on unseen pages (issue 12), on pages written here in several styles (union branch, union
executive, CLP, parish council), with negatives:

- a meeting dated by a day of a month counted from the post's day ("at our meeting on the 4th of this month",
  "met on the 28th of last month"); not a meeting to come, nor with no post's day to count from;
- a date under a "Held:" or "Date and time:" label below a minutes title is the meeting's; not the date of the
  next meeting nor a posting stamp;
- a bare "Date:" above an untitled report, next to a line of the meeting's details ("Venue:", "Present:"), is
  the meeting's date (also with a weekday between: "Date: Wed 15/03/2023"); alone it may be the page's;
- "the day before yesterday", "the day after tomorrow", "the night before" are days counted from the meeting or
  the post.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from nec_extract.pipeline import extract
from support import report_context

BODY = " The treasurer reported a balance of £1,200 and members asked about the strike fund."


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "t.txt").reports]


@pytest.mark.parametrize(
    ("page", "meeting"),
    [
        (
            "Westmoor Branch report\n\nPosted 20 May 2021\n\n"
            "At our meeting on the 4th of this month the branch agreed to back the pay claim.",
            "2021-05-04",
        ),
        (
            "Executive Council report\n\nPublished 3 June 2021\n\n"
            "The Executive Council met on the 28th of last month and agreed the budget.",
            "2021-05-28",
        ),
        (
            "Hillside CLP: General Committee notes\n\nPosted 30 September 2022\n\n"
            "The General Committee, meeting on the 2nd of this month, agreed to back the housing motion.",
            "2022-09-02",
        ),
        (
            "Parish council report\n\nPublished 9 January 2020\n\n"
            "The council held its meeting on the 17th of last month and agreed the precept.",
            "2019-12-17",
        ),
    ],
)
def test_a_meeting_on_a_day_of_a_month_counted_from_the_post(page: str, meeting: str) -> None:
    assert meeting_dates(page + BODY) == [meeting]


@pytest.mark.parametrize(
    "page",
    [
        # the day is the next meeting's
        "Executive report\n\nPublished 3 June 2021\n\nThe executive agreed the budget. The next meeting is on "
        "the 3rd of next month.",
        # no post's day to count from
        "Executive report\n\nThe executive met on the 28th of last month and agreed the budget.",
    ],
)
def test_no_meeting_date_from_a_day_to_come_or_with_no_post_day(page: str) -> None:
    assert meeting_dates(page + BODY) == [None]


@pytest.mark.parametrize(
    ("heading", "meeting"),
    [
        ("Minutes of the Executive Committee\nHeld: Wednesday, March 15, 2023, 7pm, via Zoom", "2023-03-15"),
        ("Eastfield Branch – minutes\nHeld: 4 June 2019 at the Unity Hall", "2019-06-04"),
        ("Hillside CLP General Committee\nDate and time: Thursday 7 September 2017, 7.30pm", "2017-09-07"),
        ("Parish Council minutes\nDate & time: 12/10/2021, 7pm", "2021-10-12"),
    ],
)
def test_a_held_or_date_and_time_label_gives_the_meeting_date(heading: str, meeting: str) -> None:
    assert meeting_dates(f"{heading}\n\nThe committee agreed the budget by 9 votes to 2.{BODY}") == [meeting]


@pytest.mark.parametrize(
    "heading",
    [
        "Minutes of the Executive Committee\nNext meeting held: Wednesday, March 15, 2023",
        "Branch news\nPosted: 4 June 2019",
    ],
)
def test_a_label_of_the_next_meeting_or_of_the_post_gives_no_meeting_date(heading: str) -> None:
    assert meeting_dates(f"{heading}\n\nThe committee agreed the budget by 9 votes to 2.{BODY}") == [None]


@pytest.mark.parametrize(
    ("text", "expression", "start"),
    [
        ("The ballot papers arrived the day before yesterday.", "the day before yesterday", "2023-03-13"),  # union
        ("The count is the day after tomorrow.", "the day after tomorrow", "2023-03-17"),  # CLP
        ("The agenda was sent out the night before.", "the night before", "2023-03-14"),  # council
        ("The officers had met the previous evening.", "the previous evening", "2023-03-14"),  # NEC
    ],
)
def test_days_counted_from_the_meeting(text: str, expression: str, start: str) -> None:
    found = {m.text: m.start for m in extract_dates(report_context(text, meeting="2023-03-15", parse=False))}
    assert found[expression] == start


UNTITLED_BODY = "The members agreed to back the pay claim by 9 votes to 2, and the treasurer reported on the accounts."


@pytest.mark.parametrize(
    ("header", "meeting"),
    [
        ("Executive Committee\nDate: Wed 15/03/2023\nVenue: Unity House", "2023-03-15"),  # union
        ("Hillside CLP\nVenue: Labour Club\nDate: 7 September 2017", "2017-09-07"),  # CLP
        ("Date: Monday 6 November 2023\nPresent: Cllrs Ames, Bell and Cole", "2023-11-06"),  # council
        ("Regional Board\nDate: 12.03.19\nTime: 10am\nLocation: online", "2019-03-12"),  # party region
    ],
)
def test_a_date_label_among_the_meetings_details_gives_the_meeting_date(header: str, meeting: str) -> None:
    assert meeting_dates(f"{header}\n\n{UNTITLED_BODY}\n") == [meeting]


def test_a_date_label_alone_gives_no_meeting_date() -> None:
    assert meeting_dates(f"Regional Board\nDate: 12.03.19\n\n{UNTITLED_BODY}\n") == [None]
