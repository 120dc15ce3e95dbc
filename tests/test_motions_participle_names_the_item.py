"""A verb that opens a motion's own words ("proposed", "suggested") used as an adjective before the item's noun
(round 14): "The proposed change to the fund rule was withdrawn" tells the item's result, it does not open the words
of a motion whose outcome words are not its outcome. Every sentence is written for these tests, in union, council
and party voices, passive and active, with negatives: the verb with its subject still opens the motion's words."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
COUNCIL = "Minutes of the meeting of Full Council held on 8 July 2024"
PARTY = "Regional Council report – 9 March 2024"


def outcomes(body: str, title: str) -> list[str]:
    document = extract(f"{title}\n\nThe chair welcomed everyone.\n\n{body}\n\nThe meeting closed at 9pm.\n", "p.txt")
    return [m.outcome.value for r in document.reports for m in r.motions]


NAMED = [
    ("The proposed change to the hardship fund rule was withdrawn.", UNION, ["withdrawn"]),
    ("Their suggested amendment on parking charges was lost on a show of hands.", COUNCIL, ["defeated"]),
    ("The officers' report and the proposed merger of the two regions were both approved.", PARTY, ["carried"]),
]


@pytest.mark.parametrize(("body", "title", "expected"), NAMED)
def test_a_participle_before_the_noun_names_the_item(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title)[: len(expected)] == expected


def test_the_verb_with_its_subject_still_opens_the_motions_words() -> None:
    # "that the cuts be rejected" are the motion's words; its own result is not told
    assert "defeated" not in outcomes("Councillor Ray Dunn proposed that the cuts be rejected.", COUNCIL)
