"""Meeting dates: the day of an earlier meeting set off after it by a comma, a dash or a bracket ("The previous
meeting, on 5 March, ..."), before the sentence that names this meeting's day."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

BODY = "Members discussed the campaign and the secretary reported on the budget."


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    "sentence",
    [
        "The previous meeting, on 6 February 2024, had left several questions open.",
        "Our last meeting (held on 6 February 2024) ran out of time.",
        "The preceding meeting of the executive – of 6 February 2024 – was cut short.",
        "We ended the previous meeting, which took place on 6 February 2024, with a row about the budget.",
        "Their last meeting, dated 6 February 2024, had been adjourned.",
    ],
)
def test_an_earlier_meetings_day_set_off_after_it_is_not_this_ones(sentence: str) -> None:
    page = f"Executive report\n\n{sentence} The executive met on 12 March 2024 at the town hall. {BODY}\n"
    assert meeting_dates(page) == ["2024-03-12"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting, on 12 March 2024, opened with the campaign.",
        "The meeting, held on 12 March 2024, opened with the campaign.",
        "Our meeting (12 March 2024) opened with the campaign.",
    ],
)
def test_this_meetings_day_set_off_after_it_stays(sentence: str) -> None:
    assert meeting_dates(f"Branch report\n\n{sentence} {BODY}\n") == ["2024-03-12"]


def test_an_earlier_meeting_set_off_alone_leaves_no_day() -> None:
    page = f"Branch report\n\nThe previous meeting, on 6 February 2024, had left questions open. {BODY}\n"
    assert meeting_dates(page) == [None]
