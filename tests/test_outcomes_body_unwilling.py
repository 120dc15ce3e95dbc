"""The body unwilling to back an item it names ("The executive would not back the motion on pay", "The group was
not prepared to support the amendment", "Councillors were unwilling to accept the recommendation") defeats it, as
"did not support it" does; and a resolution in the negative subjunctive ("RESOLVED: That the motion be not
adopted") is a defeat. The author's own unwillingness is no result. Sentences written for these tests in the
styles of union executive minutes, a council group report and an NEC write-up."""

from __future__ import annotations

import pytest

from support import titled_page_motions


def _outcomes(text: str) -> list[str]:
    return [m.outcome.value for m in titled_page_motions("Executive meeting, 3 May 2025\n\n" + text + "\n")]


@pytest.mark.parametrize(
    "text",
    [
        "The executive would not back the motion on the pay offer.",  # union minutes
        "The group was not prepared to support the amendment on parking charges.",  # a council group
        "Councillors were unwilling to accept the recommendation of the audit panel.",
        "The committee declined to adopt the report on the conference arrangements.",
        "RESOLVED: That the motion on the depot closure be not adopted.",  # council minutes
    ],
)
def test_the_body_unwilling_to_back_an_item_defeats_it(text: str) -> None:
    assert _outcomes(text) == ["defeated"]


@pytest.mark.parametrize(
    ("text", "outcomes"),
    [
        ("I was not prepared to support the motion on the pay offer, which was carried.", ["carried"]),
        ("RESOLVED: That the motion on the depot closure be adopted.", ["carried"]),
    ],
)
def test_the_authors_unwillingness_or_a_positive_resolution_is_no_defeat(text: str, outcomes: list[str]) -> None:
    assert _outcomes(text) == outcomes


@pytest.mark.parametrize(
    "text",
    [
        "There was no support for the amendment on parking charges.",  # a council group
        "There was very little appetite on the executive for the rule change on branch quorums.",  # union minutes
        "The motion on fares was moved. There was little support for it.",  # an NEC write-up, the item before
    ],
)
def test_no_support_there_for_an_item_defeats_it(text: str) -> None:
    assert _outcomes(text) == ["defeated"]


def test_no_support_for_an_idea_that_is_no_item_is_no_motion() -> None:
    assert _outcomes("There was no support for the idea of a levy.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The motion on the tram extension was unopposed.",  # a CLP bulletin
        "The motion on the tram extension was not opposed.",
        "Nobody objected to the proposal for a hardship fund.",  # a council group: no one against
        "There were no objections to the recommendation of the review panel.",  # union minutes
    ],
)
def test_no_opposition_to_an_item_carries_it(text: str) -> None:
    assert _outcomes(text) == ["carried"]


def test_not_opposed_by_someone_is_no_result() -> None:
    text = "The motion on fares was not carried, although it was not opposed by the chair."
    assert _outcomes(text) == ["defeated"]
