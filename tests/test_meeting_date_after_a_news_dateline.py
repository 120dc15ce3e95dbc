"""Meeting dates: a lede that opens with a news agency's dateline ("LEEDS, 14 March 2024 – ..."): the sentence
after the dateline ties its own day to the meeting as it would without it; a day right before the meeting's
noun ("the 12 March session") is the meeting's."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

BODY = (
    "There was a long discussion about the campaign. Several members raised concerns about the review. "
    "Questions were asked about staffing."
)


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    "lede",
    [
        "LEEDS, 14 March 2024 – On 12 March 2024 the executive met at the town hall.",
        "CARDIFF, 14 March 2024 – On 12 March, members of the committee gathered in the city.",
        "GLASGOW, Thursday 14 March 2024 – The Scottish Executive's 12 March 2024 session was a long one.",
        "LONDON (PA), 14 March 2024 – The union's 12 March meeting ran late into the evening.",
    ],
)
def test_the_day_after_a_dateline_is_the_meetings(lede: str) -> None:
    assert meeting_dates(f"Busy day for the executive\n\n{lede} {BODY}\n") == ["2024-03-12"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The executive's 12 March session was dominated by the campaign.",
        "Our 12 March sitting ran well past its close.",
        "The committee's 12 March 2024 session opened with the campaign.",
    ],
)
def test_a_day_before_a_sitting_or_session_is_the_meetings(sentence: str) -> None:
    assert meeting_dates(f"Executive report – March 2024\n\n{sentence} {BODY}\n") == ["2024-03-12"]


def test_a_dateline_alone_gives_no_meeting_day() -> None:
    page = f"Busy day for the executive\n\nLEEDS, 14 March 2024 – The executive looked at its campaign. {BODY}\n"
    assert meeting_dates(page) == [None]
