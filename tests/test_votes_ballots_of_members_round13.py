"""A ballot of the members reported to the meeting is no vote of the meeting (SPEC: Votes), also when it is small
and told by its electorate ("Of 365 eligible members, 259 had voted: 212 in favour and 47 against") or named a
consultative ballot; a meeting's vote to hold one is still its tally. Sentences written for these tests."""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes.tallies import sentence_tallies


def _tallies(sentence: str) -> list[tuple[int | None, int | None]]:
    return [(t.for_, t.against) for t in sentence_tallies(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Of 365 eligible members, 259 had voted: 212 in favour of industrial action and 47 against.",
        "The consultative ballot closed with 212 in favour and 47 against.",
        "In the consultative vote at the depot, 88 voted to accept the offer and 30 to reject it.",
        "With 140 eligible voters, the result was 97 for strike action and 31 against.",
    ],
)
def test_a_ballot_of_the_members_is_no_tally_of_the_meeting(sentence: str) -> None:
    assert _tallies(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "tally"),
    [
        ("The NEC voted 12 to 8 to hold a consultative ballot.", (12, 8)),
        ("The branch committee agreed by 9 votes to 2 to run a consultative ballot at the depot.", (9, 2)),
    ],
)
def test_the_meetings_vote_to_hold_one_is(sentence: str, tally: tuple[int, int]) -> None:
    assert _tallies(sentence) == [tally]
