"""Verbs that settle an item only when the item is their object, and "lost" with a thing lost: pages written for
these tests, in the voices of an NEC write-up, union and branch minutes, council minutes and a news report."""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes import find_outcomes
from nec_extract.pipeline import extract

_TITLE = "Branch meeting, 3 March 2025"


def _read(sentence: str) -> tuple[list[tuple[int | None, int | None, str]], list[str]]:
    report = extract(f"{_TITLE}\n\n{sentence}\n").reports[0]
    votes = [(v.for_, v.against, v.outcome.value) for v in report.votes]
    return votes, [m.outcome.value for m in report.motions]


@pytest.mark.parametrize(
    ("sentence", "votes", "outcomes"),
    [
        # a decision about something else: carried, the larger side for it
        ("The branch voted 15 to 3 to withdraw from the trades council.", [(15, 3, "carried")], ["carried"]),
        ("The executive agreed to withdraw its support for the campaign.", [], ["carried"]),
        ("The NEC voted to withdraw the whip from the councillor.", [], ["carried"]),
        ("The committee voted 5-2 to drop the charge for room hire.", [(5, 2, "carried")], ["carried"]),
        ("Councillors voted by 31 to 18 to oppose the closure of the depot.", [(31, 18, "carried")], ["carried"]),
        ("The group voted 20 to 9 to resist the cuts to youth services.", [(20, 9, "carried")], ["carried"]),
        # the item itself: withdrawn or defeated
        ("Members agreed to withdraw the motion.", [], ["withdrawn"]),
        ("The committee voted 5-2 to drop the proposal.", [(2, 5, "defeated")], ["defeated"]),
        ("The group voted 20 to 9 to oppose the motion.", [(9, 20, "defeated")], ["defeated"]),
    ],
)
def test_what_the_verb_acts_on_decides_the_outcome(
    sentence: str, votes: list[tuple[int, int, str]], outcomes: list[str]
) -> None:
    assert _read(sentence) == (votes, outcomes)


@pytest.mark.parametrize(
    "text",
    [
        "The centre has lost money for six years.",
        "The party lost members over the summer.",
        "The council has lost £2m in grant since 2020.",
        "Labour lost control of the council in May.",
        "The branch lost its seat on the regional committee.",
        "Several shops have lost staff to the new retail park.",
    ],
)
def test_lost_with_a_thing_lost_is_no_outcome(text: str) -> None:
    assert find_outcomes(text) == []


@pytest.mark.parametrize(
    "text",
    ["The motion was lost.", "We lost the vote 12-9.", "The amendment lost by 3 votes.", "we lost our amendment"],
)
def test_lost_of_an_item_is_still_a_defeat(text: str) -> None:
    assert [o.outcome.value for o in find_outcomes(text)] == ["defeated"]


def test_a_tally_beside_a_thing_lost_keeps_its_own_direction() -> None:
    page = (
        "Councillors vote to shut leisure centre\n\n"
        "At a meeting on Monday night, councillors voted by 31 to 18 to end funding for the Greenway centre, which has"
        " lost money for six years.\n"
    )
    votes = extract(page).reports[0].votes
    assert [(v.for_, v.against, v.outcome.value) for v in votes] == [(31, 18, "carried")]
