"""A list brought in by "including" names members of the group of people before it, however the parser hangs it: "The
meeting opened with a moment's silence for comrades who had died recently, including A, B and C" names the comrades
(who did not speak), even where the parser hangs the list on "The meeting"; "Several members spoke, including A and
B" names speakers. Sentences written for these tests in the styles of an NEC write-up and union minutes."""

from __future__ import annotations

import pytest

from support import speaker_names as names


@pytest.mark.parametrize(
    "roll",
    [
        "Bill Jones, Mary Smith and Tom Evans, former MP for Leeds North",
        "Ron Todd, Audrey Wise and Bob Cryer, former MP for Bradford South",
    ],
)
def test_a_list_of_the_dead_after_a_silence_names_no_speakers(roll: str) -> None:
    text = (
        "NEC Meeting, 25 May 2021\n\nThe meeting opened with a moment's silence for comrades who had died recently, "
        f"including {roll}.\n"
    )
    assert names(text) == set()


def test_a_list_of_members_who_spoke_names_speakers() -> None:
    text = "Branch committee, 3 May 2025\n\nSeveral members spoke on the budget, including Ann Cole and Raj Patel.\n"
    assert names(text) == {"Ann Cole", "Raj Patel"}
