"""Meeting dates: under a heading dated the day of writing, a weekday counted back in the opening lines gives the
meeting's day also when the sentence naming it is not the first ("The regional conference was the backdrop.
Saturday's meeting of the GC was a long one."); a weekday in a past perfect ("The CAC had met on Monday") is
before the meeting and counts nothing."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

BODY = "There was a long discussion about the campaign. Several members raised concerns about the review."


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    "opening",
    [
        "It was a busy week for the party. Saturday's meeting of the GC was a long one.",
        "Papers arrived late again. The executive met on Saturday at the union's office.",
        "First, some news from the regions. Last Saturday's board ran well past its close.",
    ],
)
def test_a_weekday_of_the_meeting_in_a_later_opening_sentence_counts_back(opening: str) -> None:
    # 14 May 2020 was a Thursday: the Saturday before is the 9th
    assert meeting_dates(f"Branch report – 14 May 2020\n\n{opening} {BODY}\n") == ["2020-05-09"]


@pytest.mark.parametrize(
    "opening",
    [
        "The GC met to hear reports. The CAC had met on Saturday to make rulings.",
        "The CAC had already met on Saturday to make rulings.",
        "The executive met as planned. We had gathered on Saturday for a training day.",
    ],
)
def test_a_weekday_in_a_past_perfect_counts_nothing(opening: str) -> None:
    assert meeting_dates(f"Branch report – 14 May 2020\n\n{opening} {BODY}\n") == ["2020-05-14"]
