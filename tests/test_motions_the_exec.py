""" "The Exec" is the executive (issue 13, round 10): CLP, branch and union executive notes call their body so ("The
Exec approved the campaign budget", "Exec members voted against the proposal"), a decision of the meeting as "The
Executive approved ..." is; not another organisation's exec, a person who is an exec, or a decision still to come.
Sentences written for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "sentence", "outcome"),
    [
        (
            "Executive round-up: March 2025",
            "The Exec approved the campaign budget for the May elections.",
            Outcome.CARRIED,
        ),
        ("Branch exec notes, 4 March 2025", "The exec agreed to send two delegates to the rally.", Outcome.CARRIED),
        (
            "Unite branch executive, 4 March 2025",
            "Exec members voted against the proposal to merge the two branches.",
            Outcome.DEFEATED,
        ),
        (
            "CLP exec committee, 9 April 2025",
            "After a long debate the exec committee endorsed the officers' recommendation.",
            Outcome.CARRIED,
        ),
        (
            "Exec notes: the budget meeting",
            "The Exec confirmed the slate for the three remaining wards nem con.",
            Outcome.CARRIED,
        ),
    ],
)
def test_the_exec_decides(title: str, sentence: str, outcome: Outcome) -> None:
    motions = titled_page_motions(f"{title}\n\n{sentence}\n")
    assert [m.outcome for m in motions] == [outcome]


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("NEC meeting, 3 May 2025", "A senior exec at the sponsor approved the deal last year."),
        ("Branch exec notes, 4 March 2025", "Unite's exec voted to withdraw its funding."),
        ("Executive round-up: March 2025", "The Exec will decide on the budget in June."),
    ],
)
def test_no_decision_of_our_exec(title: str, sentence: str) -> None:
    assert titled_page_motions(f"{title}\n\n{sentence}\n") == []
