"""A meeting named as where something came from or since when ("Actions from the meeting on 3 May", "Progress
since our meeting held on 3 May") is an earlier meeting: its day is not this meeting's (models/pages.json
earlier_meeting_patterns, read by page/meeting_date/opening.py). Negatives: a write-up from the meeting ("my report
from the meeting on 3 May", "back from the NEC meeting on 3 May") and the meeting named as the clause's own."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

OPENING = "The board met and heard reports from the officers."
AFTER = "Members discussed the budget at some length."


def meeting_date(sentence: str, heading: str = "Regional Board summary") -> str | None:
    reports = extract(f"{heading}\n\n{OPENING} {sentence} {AFTER}\n", "test.txt").reports
    return reports[0].meeting_date.start if reports and reports[0].meeting_date else None


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("Regional Board summary", "Actions from the meeting on 3 May 2021 were reviewed one by one."),
        ("Branch Executive minutes", "Progress since our meeting held on 3 May 2021 was reported by the chair."),
        (
            "Unite Executive Council news",
            "We went through the points carried over from the last but one meeting on 3 May 2021.",
        ),
        ("Council group report", "Nothing had changed since the group meeting of 3 May 2021, the leader said."),
    ],
)
def test_a_meeting_named_as_an_origin_is_an_earlier_one(heading: str, sentence: str) -> None:
    assert meeting_date(sentence, heading) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Here is my report from the meeting on 3 May 2021.",
        "I have just got back from the NEC meeting on 3 May 2021.",
        "At the meeting on 3 May 2021 the board discussed the budget.",
        "The meeting on 3 May 2021 heard from the treasurer.",
    ],
)
def test_this_meetings_own_day_stays(sentence: str) -> None:
    assert meeting_date(sentence) == "2021-05-03"
