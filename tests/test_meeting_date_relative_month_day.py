"""Meeting dates on unseen pages (issue 12): a meeting dated by a day of a month counted from the post's day
("at our meeting on the 4th of this month", "met on the 28th of last month"), on pages written here in
several styles (union branch, union executive, CLP, parish council), with negatives: a meeting to come, and
no post's day to count from."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

BODY = " The treasurer reported a balance of £1,200 and members asked about the strike fund."


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "t.txt").reports]


@pytest.mark.parametrize(
    ("page", "meeting"),
    [
        (
            "Westmoor Branch report\n\nPosted 20 May 2021\n\n"
            "At our meeting on the 4th of this month the branch agreed to back the pay claim.",
            "2021-05-04",
        ),
        (
            "Executive Council report\n\nPublished 3 June 2021\n\n"
            "The Executive Council met on the 28th of last month and agreed the budget.",
            "2021-05-28",
        ),
        (
            "Hillside CLP: General Committee notes\n\nPosted 30 September 2022\n\n"
            "The General Committee, meeting on the 2nd of this month, agreed to back the housing motion.",
            "2022-09-02",
        ),
        (
            "Parish council report\n\nPublished 9 January 2020\n\n"
            "The council held its meeting on the 17th of last month and agreed the precept.",
            "2019-12-17",
        ),
    ],
)
def test_a_meeting_on_a_day_of_a_month_counted_from_the_post(page: str, meeting: str) -> None:
    assert meeting_dates(page + BODY) == [meeting]


@pytest.mark.parametrize(
    "page",
    [
        # the day is the next meeting's
        "Executive report\n\nPublished 3 June 2021\n\nThe executive agreed the budget. The next meeting is on "
        "the 3rd of next month.",
        # no post's day to count from
        "Executive report\n\nThe executive met on the 28th of last month and agreed the budget.",
    ],
)
def test_no_meeting_date_from_a_day_to_come_or_with_no_post_day(page: str) -> None:
    assert meeting_dates(page + BODY) == [None]
