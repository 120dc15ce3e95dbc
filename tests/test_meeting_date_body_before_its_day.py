"""Meeting dates: the body named for its meeting right around its day: "At the group on 13 May", "at our GC of
3 March", "the 17/10/2019 group meeting", "the 3 May 2022 GC meeting"."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

BODY = "There was a long discussion about the campaign. Several members raised concerns about the review."


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    "sentence",
    [
        "At the group on 3 March 2022, members heard from the regions.",
        "At our GC of 3 March 2022 we heard from the regions.",
        "At the Labour group on 3 March 2022 I raised the review.",
        "The 03/03/2022 group meeting heard from the regions.",
        "The 3 March 2022 GC meeting ran late.",
        "Our 3 March 2022 branch meeting was short.",
    ],
)
def test_the_body_named_at_its_day_ties_it_to_the_meeting(sentence: str) -> None:
    assert meeting_dates(f"Branch report\n\n{sentence} {BODY}\n") == ["2022-03-03"]


@pytest.mark.parametrize(
    "sentence",
    [
        "We sent a letter to the group on 3 March 2022 about the campaign.",
        "At the group on 3 March 2022 we will hear from the regions.",
        "The 3 March 2022 group deadline was missed.",
    ],
)
def test_the_body_with_a_day_of_something_else_is_no_meeting_day(sentence: str) -> None:
    assert meeting_dates(f"Branch report\n\n{sentence} {BODY}\n") == [None]
