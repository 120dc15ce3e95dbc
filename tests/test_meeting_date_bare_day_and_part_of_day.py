"""The meeting's day told as the day of "its meeting" without the month, or after a part of the day (pages
written here as council news, a CLP bulletin, a Federal Board report and union executive news):

- "At its meeting on the 12th", "at our meeting on the 3rd" in a post put up later that month: the month of
  writing's day, as "We met on the 14th" is (not "the next meeting on the 30th");
- "On the evening of Tuesday 5 March, the GC met", "On the morning of 9 March the Federal Board agreed": a
  sentence that opens with its day after a part of the day is dated by it, as "On 5 March the GC met" is."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    ("heading", "stamp", "sentence", "expected"),
    [
        (
            "Council news",
            "Posted 15 September 2024",
            "At its meeting on the 12th, the council froze fees.",
            "2024-09-12",
        ),
        ("Branch bulletin", "Posted 6 March 2023", "At our meeting on the 3rd we elected delegates.", "2023-03-03"),
        (
            "Executive news",
            "Posted 2 May 2022",
            "At their meeting on the 28th the executive backed the offer.",
            "2022-04-28",
        ),
        (
            "GC report",
            "Posted 20 June 2023",
            "At the GC meeting held on the 15th, delegates chose a chair.",
            "2023-06-15",
        ),
    ],
)
def test_its_meeting_on_a_bare_day_is_a_day_of_the_month_of_writing(
    heading: str, stamp: str, sentence: str, expected: str
) -> None:
    assert meeting_dates(f"{heading}\n{stamp}\n\n{sentence}\n") == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The committee agreed the agenda for the next meeting on the 30th.",
        "At the June meeting we agreed that ballots close on the 30th.",
        "Nominations must be in by the 28th.",
    ],
)
def test_a_bare_day_of_another_meeting_or_a_deadline_is_not_the_meetings(sentence: str) -> None:
    assert meeting_dates(f"Branch bulletin\nPosted 6 March 2023\n\n{sentence}\n") in ([None], ["2023-06"])


@pytest.mark.parametrize(
    ("heading", "sentence", "expected"),
    [
        ("GC report", "On the evening of Tuesday 5 March, the GC met at the community centre.", "2024-03-05"),
        ("Federal Board update", "On the morning of 9 March the Federal Board agreed the agenda.", "2024-03-09"),
        ("Executive news", "On the afternoon of Saturday 2 March, the executive met online.", "2024-03-02"),
    ],
)
def test_a_sentence_opening_with_a_part_of_the_day_and_its_date(
    heading: str, sentence: str, expected: str | None
) -> None:
    assert meeting_dates(f"{heading}\nPosted 11 March 2024\n\n{sentence}\n") == [expected]


def test_an_evening_to_come_is_not_the_meetings() -> None:
    page = "Branch report\nPosted 1 March 2024\n\nOn the evening of Friday 8 March the branch will hold a social.\n"
    assert meeting_dates(page) == [None]
