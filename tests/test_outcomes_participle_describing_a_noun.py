"""An outcome participle that only describes the noun after it tells no result (round 22, voices22): "Everyone
accepted this, including the losing candidate's supporters" is carried, not lost. Sentences written for these tests in
several registers; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes import find_outcomes
from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        (
            "NEC report\n\nThe panel recommended that the selection be re-run. Everyone accepted this, including the "
            "losing candidate's supporters.",
            C,
        ),
        (
            "Branch minutes\n\nThe treasurer proposed a refund. This was agreed, with the failed applicant's backers "
            "abstaining.",
            C,
        ),
        ("Council minutes\n\nThe rejected bidder's appeal was upheld by the committee.", C),
    ],
)
def test_the_result_is_the_verbs(page: str, outcome: Outcome) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [outcome]


@pytest.mark.parametrize(
    ("sentence", "outcomes"),
    [
        ("The losing side took it well.", []),
        ("Their failed bid was not mentioned again.", []),
        # results told by the participle: after "be", or with no noun after it
        ("The amendment was defeated by 12 votes to 9.", [D]),
        ("The paper, the last on the agenda, was agreed unanimously.", [C]),
        ("The motion failed to win a majority.", [D]),
        ("This was rejected and the amendment lost.", [D, D]),
    ],
)
def test_outcome_words(sentence: str, outcomes: list[Outcome]) -> None:
    assert [o.outcome for o in find_outcomes(sentence) if not o.hedged] == outcomes
