"""A report whose meeting is dated by its weekday alone speaks from the day it was published (round 10):

- a Thursday paper's "the NEC, meeting on Tuesday, ... Speaking yesterday, she said" (news), a union bulletin
  of Friday 10 March on "Wednesday's executive ... the branches were told yesterday", a council group's Saturday
  post on "last Thursday's group ... yesterday's budget vote", a CLP secretary's Monday notes on "Saturday's
  GC ... I wrote to the MP yesterday": "yesterday" counts from the publication day, not the meeting ("today"
  stays the meeting's day, as the SPEC reads it);
- negatives: a meeting dated in full ("met on Tuesday 7 November 2017") and a meeting said to be "yesterday"
  keep their own reading.

Round 25: also when the heading dates the meeting in full, a report published in the week after it speaks from
the publication day: "last Saturday", "last night" and "yesterday" count back from it (a WEC member's Monday post,
a branch secretary's next-morning e-mail, a council group's post, a news piece); a page published weeks later, or
with no publication date, counts from the meeting.
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


@pytest.mark.parametrize(
    ("page", "word", "day"),
    [
        (
            "Scottish Executive, 9 March\n\n11/03/2024 — Ailsa Grant\n\n"
            "A short note on the executive meeting in Perth last Saturday. Most of the day went on the "
            "selections timetable.\n",
            "last saturday",
            "2024-03-09",
        ),
        (
            "Sent: 15 May 2023 09:12\nSubject: Branch committee 14 May\n\nColleagues,\n\n"
            "Here is what the committee agreed at last night's meeting. The pay offer will be put to members.\n",
            "last night",
            "2023-05-14",
        ),
        (
            "Labour group meeting – 6 February 2022\n\nPosted on 7 February 2022\n\n"
            "Yesterday the group agreed its budget amendments after a long debate.\n",
            "yesterday",
            "2022-02-06",
        ),
        (
            "Union executive backs strike ballot\n\nThursday 19 October 2023\n\n"
            "The executive, which met on 17 October, voted to ballot members. Its president said after last "
            "Tuesday's session that the offer was an insult.\n",
            "last tuesday",
            "2023-10-17",
        ),
    ],
)
def test_past_words_count_from_the_publication_day_after_a_meeting_dated_in_full(
    page: str, word: str, day: str
) -> None:
    assert _values(page)[word] == day


@pytest.mark.parametrize(
    "stamp",
    ["Posted 20 June 2024", ""],
    ids=["published weeks later", "no publication date"],
)
def test_the_meeting_stays_the_anchor_without_a_publication_in_its_week(stamp: str) -> None:
    page = (
        f"Regional council – 1 June 2024\n\n{stamp}\n\n"
        "The council met in Leeds. The officers, who had met last Saturday, recommended the budget.\n"
    )
    assert _values(page)["last saturday"] == "2024-05-25"
