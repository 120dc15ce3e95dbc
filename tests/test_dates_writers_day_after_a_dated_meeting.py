"""A report published in the week after its meeting speaks from the day it was published, also when its heading
dates the meeting in full (round 25): its "yesterday", "last night" and "last <weekday>" count back from the
publication day, not from the meeting's.

- a WEC member's Monday post on "the meeting last Saturday" under a heading dated to the Saturday, a branch
  secretary's e-mail of the next day on "last night's committee", a council group's post on "yesterday's
  group", a news piece of the Thursday on "last Tuesday's executive";
- near-misses: "today" stays the meeting's day; a page published more than a week later, or with no
  publication date, counts from the meeting.
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
def test_past_words_count_from_the_publication_day(page: str, word: str, day: str) -> None:
    assert _values(page)[word] == day


def test_today_stays_the_meetings_day() -> None:
    page = (
        "CLP executive, 4 June 2024\n\nPosted 6 June 2024\n\n"
        "The executive agreed the campaign plan. Today's meeting also heard from our candidate.\n"
    )
    assert _values(page)["today"] == "2024-06-04"


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
