"""A tally alone right after the sentence that settled an item ("The motion on fares was defeated. 26 to 5.",
"Same result again: 12 votes to 19.") is that item's vote (issue 13, round 26; SPEC: a motion's vote is its final
tally). Near-misses: a tally in a new paragraph, and an item that already has its count. Sentences written for these
tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import page_motions

_NEC = "NEC Report – 14 May 2024"


@pytest.mark.parametrize(
    ("body", "summary", "counts"),
    [
        ("The motion calling for a review of the freeze date was defeated. 26 to 5.", "review of the freeze", (5, 26)),
        (
            "The amendment from Branch 14 to delete clause 3 was lost. Same result again: 12 votes to 19.",
            "delete",
            (12, 19),
        ),
        ("The paper on regional boards was agreed. (20-11)", "regional boards", (20, 11)),
    ],
)
def test_the_tally_alone_is_the_items_vote(body: str, summary: str, counts: tuple[int, int]) -> None:
    motions = [m for m in page_motions(body, _NEC) if summary in m.summary]
    assert len(motions) == 1
    assert motions[0].vote is not None and (motions[0].vote.for_, motions[0].vote.against) == counts


def test_no_vote_from_a_tally_in_a_new_paragraph() -> None:
    body = "The motion calling for a review of the freeze date was defeated.\n\n26 to 5."
    motions = [m for m in page_motions(body, _NEC) if "review" in m.summary]
    assert len(motions) == 1 and motions[0].vote is None
