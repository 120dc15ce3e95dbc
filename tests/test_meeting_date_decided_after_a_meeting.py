"""A news lede that tells a decision and then the meeting it came at, brought in with an indefinite article ("Dana
Fox was elected leader of the group after a heated meeting in London on 9 May 2023", "The board backed the plan
following a long meeting on 3 June 2022") is dated by that meeting: it is this one, not an earlier one as "after
the meeting of the officers on 2 May" is. A meeting with others ("agreed, after a meeting with the employers on 2
May, to ...") stays another meeting. Pages written for these tests as local news, a union's press release and a
council group's statement."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _meeting(page: str) -> str | None:
    date = extract(page).reports[0].meeting_date
    return date.start if date else None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Councillor Dana Fox was elected leader of the Labour group, after a heated meeting in London on 9 May"
            " 2023.",
            "2023-05-09",
        ),
        ("The regional board backed the plan following a long meeting on 3 June 2022.", "2022-06-03"),
        ("Delegates agreed the new rules after an angry meeting at the town hall on 14 March 2019.", "2019-03-14"),
    ],
)
def test_a_decision_after_a_meeting_it_brings_in_is_dated_by_it(sentence: str, expected: str) -> None:
    page = f"Rebels win the day\n\n{sentence}\n\nThe result was 14 votes to 11. Members said it showed a wish.\n"
    assert _meeting(page) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The executive agreed, after a meeting with the employers on 2 May 2023, to put the offer to members.",
        "Following the meeting of the officers on 2 May 2023, the executive agreed to put the offer to members.",
    ],
)
def test_a_meeting_with_others_or_named_before_stays_another(sentence: str) -> None:
    page = f"Union backs deal\n\n{sentence}\n\nThe executive met on 9 May 2023 to confirm it.\n"
    assert _meeting(page) == "2023-05-09"
