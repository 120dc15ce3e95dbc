"""A meeting day told only far into a report, past its lede (round 10):

- an opinion-led write-up whose account begins after long comment ("... the NEC met on 14 March 2023 and
  agreed ..."), a union branch's newsletter ("the branch executive convened on 7 May 2024"), council group
  notes ("the Labour group met on Monday 6 March 2023"), a CLP secretary's notes ("our general committee
  gathered on 2 February 2023"): when nothing earlier dates the meeting, the body's own verb of meeting right
  before the day does;
- negatives: a day after a verb of meeting said of an earlier meeting ("the committee had last met on 5
  January"), a day with no body's name before it ("the working group of three met on 5 January" is still the
  body; "the regional staff met ..." is none), and a date without a verb of meeting give no meeting date.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

COMMENT = (
    "Much has been written about the state of the party's internal democracy, and much of it has been unfair to "
    "the members who keep the branches going through the winter. The questions raised this year are old ones: "
    "who chooses the candidates, how the rules are changed, and how far the members are trusted to decide. "
) * 6


@pytest.mark.parametrize(
    ("title", "sentence", "day"),
    [
        ("Rules and members", "In the end the NEC met on 14 March 2023 and agreed the timetable.", "2023-03-14"),
        ("Branch news", "After all that, the branch executive convened on 7 May 2024 to settle it.", "2024-05-07"),
        ("Group notes", "The Labour group met on Monday 6 March 2023 and agreed its amendments.", "2023-03-06"),
        ("Secretary's notes", "Our general committee gathered on 2 February 2023 to decide.", "2023-02-02"),
    ],
)
def test_the_bodys_verb_of_meeting_dates_it_past_the_lede(title: str, sentence: str, day: str) -> None:
    page = f"{title}\n\n{COMMENT}\n\n{sentence} Members voted to support the campaign.\n"
    (report,) = extract(page, "test.txt").reports
    assert report.meeting_date is not None and report.meeting_date.start == day


@pytest.mark.parametrize(
    "sentence",
    [
        "The committee had last met on 5 January 2023, before the row began. Members voted to support it.",
        "The regional staff met on 5 January 2023 to plan it. The committee voted to support the campaign.",
        "The campaign launches on 5 January 2023. The committee voted to support it and agreed the plan.",
    ],
)
def test_other_days_deep_in_the_body_date_no_meeting(sentence: str) -> None:
    page = f"NEC report\n\n{COMMENT}\n\n{sentence}\n"
    reports = extract(page, "test.txt").reports
    assert reports and all(report.meeting_date is None for report in reports)
