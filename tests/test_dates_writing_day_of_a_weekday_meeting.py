"""A report whose meeting is dated by its weekday alone speaks from the day it was published (round 10):

- a Thursday paper's "the NEC, meeting on Tuesday, ... Speaking yesterday, she said" (news), a union bulletin
  of Friday 10 March on "Wednesday's executive ... the branches were told yesterday", a council group's Saturday
  post on "last Thursday's group ... yesterday's budget vote", a CLP secretary's Monday notes on "Saturday's
  GC ... I wrote to the MP yesterday": "yesterday" counts from the publication day, not the meeting ("today"
  stays the meeting's day, as the SPEC reads it);
- negatives: a meeting dated in full ("met on Tuesday 7 November 2017") and a meeting said to be "yesterday"
  keep their own reading.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _values(page: str) -> dict[str, str | None]:
    (report,) = extract(page, "test.txt").reports
    return {mention.text.lower(): mention.start for mention in report.dates}


@pytest.mark.parametrize(
    ("page", "word", "day"),
    [
        (
            "Labour chiefs impose shortlist\n\nBy Jo Bloggs\nThursday, 9 November 2017\n\n"
            "The party's national executive committee, meeting in London on Tuesday, voted 19 to 11 for the "
            "shortlist. Speaking to the paper yesterday, the councillor said he was disappointed.\n",
            "yesterday",
            "2017-11-08",
        ),
        (
            "Executive bulletin\n\nPublished: Friday 10 March 2023\n\n"
            "Wednesday's executive agreed to ballot members over the pay offer. The branch secretaries were "
            "told the timetable yesterday and the ballot papers go out next week.\n",
            "yesterday",
            "2023-03-09",
        ),
        (
            "Group news\n\nPosted on 18 March 2023\n\n"
            "Last Thursday's group meeting agreed our budget amendments. Yesterday the full council voted "
            "them down by 30 votes to 21.\n",
            "yesterday",
            "2023-03-17",
        ),
        (
            "GC notes\n\n13 March 2023\n\n"
            "Saturday's general committee voted to back the nurses. As the committee asked, I wrote to "
            "the MP about it yesterday.\n",
            "yesterday",
            "2023-03-12",
        ),
    ],
)
def test_relative_days_count_from_the_publication_day(page: str, word: str, day: str) -> None:
    assert _values(page)[word] == day


def test_today_stays_the_meetings_day() -> None:
    page = (
        "Executive bulletin\n\nPublished: Friday 10 March 2023\n\n"
        "Wednesday's executive agreed to ballot members over the pay offer. The vote today was unanimous.\n"
    )
    assert _values(page)["today"] == "2023-03-08"


def test_a_meeting_dated_in_full_keeps_its_day_as_the_anchor() -> None:
    page = (
        "NEC update\n\nBy Jo Bloggs\nThursday, 9 November 2017\n\n"
        "The NEC met on Tuesday 7 November 2017 and voted for the shortlist. The vote today was a shock.\n"
    )
    assert _values(page)["today"] == "2017-11-07"


def test_a_meeting_said_to_be_yesterday_keeps_its_reading() -> None:
    page = (
        "NEC update\n\nThursday, 9 November 2017\n\n"
        "Yesterday's NEC voted for the shortlist. The result was announced yesterday afternoon.\n"
    )
    (report,) = extract(page, "test.txt").reports
    assert [m.start for m in report.dates if m.text.lower() == "yesterday"] == ["2017-11-08", "2017-11-08"]
