"""A meeting's month counted from the post's day by the body's decision or its meeting's name, as "this month's
NEC" and "the NEC met last month" are: "The national executive voted last month to ...", "Last month the board
agreed ...", "At its meeting this month the branch executive agreed ..." (month precision; SPEC: a relative
reference is resolved against the publication date). Not a month of something else ("agreed last month's
accounts", a ballot members approved), nor one to come. Pages written for these tests as a news report, a branch
news post and a regional board's notes; none is quoted from a real page."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

_BODY = "\n\nMembers raised concerns about the budget.\n\nThe chair thanked the staff.\n"


def _meeting(heading: str, stamp: str, sentence: str) -> tuple[str | None, str | None]:
    date = extract(f"{heading}\n{stamp}\n\n{sentence}{_BODY}").reports[0].meeting_date
    return (date.start, date.precision.value if date.precision else None) if date else (None, None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The union’s national executive voted last month to ask members whether to strike.", "2019-02"),
        ("The regional board unanimously agreed earlier this month to freeze fees.", "2019-03"),
        ("Last month the executive agreed to back the strike.", "2019-02"),  # the month opens the sentence
        ("Earlier this month, the branch committee voted to affiliate to the trades council.", "2019-03"),
        ("At its meeting this month the branch executive agreed to affiliate.", "2019-03"),  # the meeting named
        ("The executive, at our meeting last month, backed the ballot.", "2019-02"),
        ("A motion to affiliate was passed by the executive last month.", "2019-02"),  # the passive
    ],
)
def test_the_bodys_decision_or_meeting_ties_the_month(sentence: str, expected: str) -> None:
    assert _meeting("Executive update", "Posted 14 March 2019", sentence) == (expected, "month")


@pytest.mark.parametrize(
    "sentence",
    [
        "The executive agreed last month’s accounts without debate.",
        "The executive heard that the ballot, which members approved last month, had closed.",
        "Membership rose last month, the executive heard.",
        "Next month the executive will decide on the strike.",
    ],
)
def test_a_month_of_something_else_or_to_come_is_not_the_meetings(sentence: str) -> None:
    assert _meeting("Executive update", "Posted 14 March 2019", sentence) == (None, None)


def test_without_a_post_date_the_month_cannot_be_counted() -> None:
    assert _meeting("Executive update", "", "The national executive voted last month to strike.") == (None, None)
