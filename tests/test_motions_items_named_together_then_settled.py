"""Items named together by their numbers (or counted) as the subject of one sentence, settled together by the next
(round 14): "Motions 11 and 12 sought to merge the branches. They were both lost." is two defeated motions, as
"Motion 7 sought ... It was lost." is one. Every sentence is written for these tests, in conference, union and
council voices, with negatives: the pronoun result of a body acting, and a singular item."""

from __future__ import annotations

import pytest

from nec_extract.extractors.motions.items.numbered_items import numbers_named
from nec_extract.pipeline import extract

CONFERENCE = "Rules Conference – day two, 14 May 2025"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
COUNCIL = "Minutes of the meeting of Full Council held on 8 July 2024"


def outcomes(body: str, title: str) -> list[str]:
    document = extract(f"{title}\n\nThe session opened at ten.\n\n{body}\n\nThe meeting closed at five.\n", "p.txt")
    return [m.outcome.value for r in document.reports for m in r.motions]


TOGETHER = [
    ("Motions 11 and 12 both sought to merge the two regions. They were both heavily lost.", CONFERENCE, 2, "defeated"),
    (
        "Amendments 4/2, 4/3 and 4/5 would have let branches keep their own funds. After a long debate, all three "
        "were referred to the executive as they stood.",
        UNION,
        3,
        "remitted",
    ),
    ("Recommendations 3 and 4 asked for the depot to be sold. These were then withdrawn.", COUNCIL, 2, "withdrawn"),
    ("Two motions on the pay claim came from the North West. The conference carried both.", CONFERENCE, 2, "carried"),
]


@pytest.mark.parametrize(("body", "title", "count", "outcome"), TOGETHER)
def test_each_item_named_together_takes_the_result_told_of_them(
    body: str, title: str, count: int, outcome: str
) -> None:
    assert outcomes(body, title) == [outcome] * count


def test_the_numbers_a_plural_noun_names() -> None:
    assert numbers_named("Amendments 22/4 and 22/6 would", 0) == ["amendment 22/4", "amendment 22/6"]
    assert numbers_named("Motions 3, 4 & 5", 0) == ["motion 3", "motion 4", "motion 5"]
    assert numbers_named("Motion 3 was", 0) == []  # one item: read as it is


def test_a_single_item_stays_one_motion() -> None:
    assert outcomes("Motion 16 would have required postal ballots. It was withdrawn.", UNION) == ["withdrawn"]


ONE_RESULT_FOR_ALL = [
    ("Motions 4, 5 and 6, all calling for the regions to be merged, fell.", CONFERENCE, ["defeated"] * 3),
    ("Amendments 2 and 3, both from the Welsh region, were carried.", UNION, ["carried"] * 2),
    ("Recommendations 7 and 9 fell when the report was referred back.", COUNCIL, ["defeated", "defeated"]),
]


@pytest.mark.parametrize(("body", "title", "expected"), ONE_RESULT_FOR_ALL)
def test_numbered_items_with_what_they_ask_between_them_and_their_result(
    body: str, title: str, expected: list[str]
) -> None:
    assert outcomes(body, title)[: len(expected)] == expected


def test_numbered_items_only_debated_take_no_result() -> None:
    assert "defeated" not in outcomes("Motions 4, 5 and 6, all on housing, were debated at length.", CONFERENCE)
