"""A weekday with its day in brackets beside it, and a write-up of that day (round 10):

- "Thursday night (11 September)", "Tuesday (14/03/2023)", "Monday evening (3rd March)" are one mention each
  (the SPEC's ruling on a relative day with its date beside it), valued by the bracketed day;
- a post that opens as the write-up of such a day ("A quick round-up of Thursday night (11 September)", "My
  notes from Tuesday (14 March)", "Here is my report on Monday evening (3rd March)") dates its meeting by it,
  the year from the post's stamp;
- negatives: a weekday whose brackets hold no date ("Tuesday (online)") stays a bare weekday, and a day named
  in a sentence about something else ("The leaflets arrive on Friday (15 September)") dates no meeting.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

MEMBERS = "Sam Eke chaired. The motion on bus services, moved by Ann Lee, was carried by 30 votes to 4.\n"


@pytest.mark.parametrize(
    ("stamp", "opening", "mention", "day"),
    [
        (  # CLP social post
            "12 September 2025 at 08:31",
            "A quick round-up of Thursday night (11 September) for everyone who could not make it.",
            "Thursday night (11 September)",
            "2025-09-11",
        ),
        (  # union branch blog
            "Posted on 16 March 2023",
            "My notes from Tuesday (14/03/2023), for members who missed it.",
            "Tuesday (14/03/2023)",
            "2023-03-14",
        ),
        (  # NEC member's blog
            "5 March 2024",
            "Here is my report on Monday evening (3rd March) at Southside.",
            "Monday evening (3rd March)",
            "2024-03-03",
        ),
        (  # council group newsletter
            "Published: 20 June 2022",
            "A short write-up of Wednesday night (15 June) from your group secretary.",
            "Wednesday night (15 June)",
            "2022-06-15",
        ),
    ],
)
def test_a_write_up_of_a_weekday_dates_the_meeting(stamp: str, opening: str, mention: str, day: str) -> None:
    page = f"Northtown Labour\n{stamp}\n\n{opening}\n\n{MEMBERS}"
    (report,) = extract(page, "test.txt").reports
    assert report.meeting_date is not None and (report.meeting_date.text, report.meeting_date.start) == (mention, day)
    assert [(m.text, m.start) for m in report.dates if m.text == mention] == [(mention, day)]


def test_brackets_without_a_date_leave_a_bare_weekday() -> None:
    page = "Branch notes\n\nPosted on 16 March 2023\n\nThe branch met on Tuesday (online) and agreed the budget.\n"
    (report,) = extract(page, "test.txt").reports
    assert all("(online)" not in mention.text for mention in report.dates)


def test_a_day_in_another_sentence_dates_no_meeting() -> None:
    page = (
        "Northtown Labour\n12 September 2025 at 08:31\n\n"
        "The new leaflets arrive on Friday (15 September) and need delivering by the end of the month. Please "
        "collect yours from the office.\n"
    )
    reports = extract(page, "test.txt").reports
    assert all(report.meeting_date is None or report.meeting_date.start != "2025-09-15" for report in reports)
