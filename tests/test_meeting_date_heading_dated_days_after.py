"""Meeting dates: a heading dated a few days after the day the opening ties to the meeting carries the day of
writing; the meeting is the opening's day, however the opening ties it (the body's verb, the meeting's noun, the
day opening the account, a session named after its day)."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

BODY = "There was a long discussion about the campaign. Several members raised concerns about the review."


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    "sentence",
    [
        "At its meeting on 12 March 2024, the executive looked mainly at the campaign.",
        "The executive's 12 March session was dominated by the budget.",
        "In our meeting of 12/03/2024 we heard about the campaign.",
        "This report covers the meeting of the board on March 12, 2024.",
        "On 12 March the committee gathered at the town hall.",
    ],
)
def test_the_openings_day_before_a_later_heading_day_is_the_meetings(sentence: str) -> None:
    assert meeting_dates(f"Executive report – 15 March 2024\n\n{sentence} {BODY}\n") == ["2024-03-12"]


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        # the same day: nothing to choose
        ("Executive report – 12 March 2024", "At its meeting on 12 March 2024 the executive looked at the campaign."),
        # weeks before the heading: no day of writing that far after
        ("Executive report – 30 March 2024", "At its meeting on 2 March 2024 the executive looked at the campaign."),
        # an earlier meeting's day is not this one's
        ("Executive report – 15 March 2024", "The previous meeting, on 12 March 2024, had left questions open."),
        # a past perfect with an irregular participle puts the day before this meeting
        ("Executive report – 15 March 2024", "The finance panel had already met on 12 March 2024 to prepare."),
        ("Executive report – 15 March 2024", "We had held a briefing on 12 March 2024 for new members."),
    ],
)
def test_the_headings_day_stays(heading: str, sentence: str) -> None:
    expected = heading.rsplit("– ", 1)[1]
    day = {"12 March 2024": "2024-03-12", "30 March 2024": "2024-03-30", "15 March 2024": "2024-03-15"}[expected]
    assert meeting_dates(f"{heading}\n\n{sentence} {BODY}\n") == [day]
