"""A result told by a vague count of voters and the side they took: many for an item carry it ("Most delegates backed
the motion", "A clear majority were in favour"), few for it defeat it ("Only a handful of councillors supported the
proposal", "Few hands went up for it"), and the other way round against it. The count is of voters, not the
body deciding ("Most of the committee opposed the motion" is no decision of the committee to oppose something), and
items counted are no voters ("Only one was rejected"). Sentences written for these tests in the styles of an NEC
write-up, union executive minutes, a council group report and a CLP bulletin."""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes import find_outcomes
from support import titled_page_motions


def _outcomes(text: str) -> list[str]:
    return [m.outcome.value for m in titled_page_motions("Executive meeting, 3 May 2025\n\n" + text + "\n")]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Most delegates backed the motion on the tram extension.", "carried"),  # a CLP bulletin
        ("The vast majority of executive members voted against the rule change on quorums.", "defeated"),
        ("Only a handful of councillors supported the proposal to close the depot.", "defeated"),  # a council group
        ("Most of the committee opposed the amendment to the reserves policy.", "defeated"),  # union minutes
        ("Just a few members voted against the motion on school meals.", "carried"),
    ],
)
def test_voters_counted_then_their_side_decide_the_item_named_after(text: str, outcome: str) -> None:
    assert _outcomes(text) == [outcome]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("The motion on fares was put to the vote. A clear majority were in favour.", "carried"),
        ("The amendment was put to the meeting. Few hands went up for it.", "defeated"),
        ("The proposal for a hardship fund was put. Only a couple of us voted for it.", "defeated"),
    ],
)
def test_voters_counted_after_the_item_was_put_settle_it(text: str, outcome: str) -> None:
    assert _outcomes(text) == [outcome]


@pytest.mark.parametrize(
    "text",
    [
        "Only one was rejected.",  # items counted, a passive: no side taken by voters
        "The most recent amendment was opposed by the chair.",  # "the most": no count of voters
        "Most members were at the rally.",  # no side taken
    ],
)
def test_items_counted_or_no_side_is_no_count_of_voters(text: str) -> None:
    assert [p for p in find_outcomes(text) if text[p.start :].lower().startswith(("only", "most"))] == []


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("The amendment on parking won over most of the room.", "carried"),  # a CLP bulletin
        ("The proposal for a hardship fund had the support of the vast majority of councillors.", "carried"),
        ("The motion on the depot closure had the backing of only a handful of executive members.", "defeated"),
    ],
)
def test_support_won_of_voters_counted_decides_the_item(text: str, outcome: str) -> None:
    assert _outcomes(text) == [outcome]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("The motion on fares was easily won.", "carried"),  # an adverb before "won"
        ("The amendment was put. A show of hands went against it.", "defeated"),
        ("The motion on fares was put. The show of hands went clearly for it.", "carried"),
    ],
)
def test_a_vote_won_or_a_show_of_hands_told_with_an_adverb_or_a_side(text: str, outcome: str) -> None:
    assert _outcomes(text) == [outcome]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Nobody supported the amendment on parking charges.", "defeated"),  # a council group
        ("Not one executive member voted for the motion on the pay offer.", "defeated"),  # union minutes
        ("None of us voted for the rule change on branch quorums.", "defeated"),  # an NEC write-up
        ("No delegate opposed the motion on the tram extension.", "carried"),  # a CLP bulletin
    ],
)
def test_no_voter_for_an_item_defeats_it_and_none_against_carries_it(text: str, outcome: str) -> None:
    assert _outcomes(text) == [outcome]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("All members but one voted for the rule change on branch officers.", "carried"),  # union minutes
        ("Everyone except the treasurer backed the proposal for a summer social.", "carried"),  # a CLP bulletin
        ("All the delegates apart from two voted against the amendment on fees.", "defeated"),
        ("Every councillor bar the group whip opposed the recommendation to sell the depot.", "defeated"),
    ],
)
def test_all_save_a_few_on_a_side_count_as_most(text: str, outcome: str) -> None:
    assert _outcomes(text) == [outcome]


@pytest.mark.parametrize(
    "text",
    [
        "Everyone except the secretary attended the training on the new motion procedure.",
        "All members but one had received the papers for the motion in advance.",
    ],
)
def test_all_save_a_few_with_no_side_decide_nothing(text: str) -> None:
    assert _outcomes(text) == []


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Nearly everyone voted for the motion on the youth officer.", "carried"),
        ("Almost everybody opposed the proposal to move meetings online.", "defeated"),
        ("Hardly anyone supported the amendment on subs.", "defeated"),
        ("Scarcely anyone voted against the recommendation on the budget.", "carried"),
    ],
)
def test_everyone_and_anyone_counted_vaguely(text: str, outcome: str) -> None:
    assert _outcomes(text) == [outcome]


def test_everyone_counted_with_no_side_decides_nothing() -> None:
    assert _outcomes("Almost everyone attended the debate on the motion about rents.") == []
