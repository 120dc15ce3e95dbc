"""A body's vote told "voted by N votes to M to <act>" (round 19): the counts are the vote on the infinitive's item,
for before against, and a defeat told in the sentence before does not turn them round ("The amendment was lost. It
then voted by 7 votes to 4 to adopt the plan"); a rejecting infinitive still takes the majority against. Sentences
written for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from support import tally_counts


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        (
            "The council first rejected an amendment 3–8. It then voted by 7 votes to 4 to adopt the plan.",
            [(3, 8), (7, 4)],
        ),
        ("The motion on fares fell. The branch then voted by 12 votes to 5 to back the strike.", [(12, 5)]),
        ("The amendment was lost. Members voted by 20 to 6 to approve the budget as it stood.", [(20, 6)]),
    ],
)
def test_a_vote_by_counts_to_act_is_its_own(body: str, counts: list[tuple[int, int]]) -> None:
    assert [(f, a) for f, a, _ in tally_counts(body)] == counts


def test_a_vote_by_counts_to_reject_is_the_majority_against() -> None:
    body = "The report was noted. The committee then voted by 9 votes to 2 to reject the proposal to close the office."
    assert [(f, a) for f, a, _ in tally_counts(body)] == [(2, 9)]
