"""Result lines "CODE: outcome" in a run of such lines, whose outcome is told in words reports use beside the usual
ones (issue 13: list pages): "pulled", "pulled by the movers", "not moved", "not proceeded with" (withdrawn), "went
down" (defeated), "won" (carried). A colon sets the result cell apart only after an item's code or number ("8/5",
"NR/2", "Rule 9", "Motion 4"): a run of figures or notes ("Membership: went down") decides nothing.
Lines written for these tests in several layouts, with negatives; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("line", "outcome"),
    [
        ("7/2: pulled by the movers", Outcome.WITHDRAWN),
        ("Rule 9 (branch funds): pulled", Outcome.WITHDRAWN),
        ("7/4: not moved", Outcome.WITHDRAWN),
        ("3/1: went down", Outcome.DEFEATED),
        ("NR/2: won", Outcome.CARRIED),
        ("Motion 12: not proceeded with", Outcome.WITHDRAWN),
    ],
)
def test_result_line_outcome_words(line: str, outcome: Outcome) -> None:
    page = f"Rules conference - day two\n\n5/1: passed\n5/2: defeated\n{line}\n5/3: agreed"
    motions = titled_page_motions(page)
    assert len(motions) == 4
    assert motions[2].outcome == outcome


def test_a_coded_line_between_lines_of_other_words() -> None:
    page = (
        "Regional council report\n\nThe record of decisions:\nEM1: went down\nEM2: pulled\nA4: won\n"
        "Motion 6 (hospital car parks): not moved"
    )
    outcomes = [m.outcome for m in titled_page_motions(page)]
    assert outcomes == [Outcome.DEFEATED, Outcome.WITHDRAWN, Outcome.CARRIED, Outcome.WITHDRAWN]


@pytest.mark.parametrize(
    "page",
    [
        "Branch report\n\nMembership: went down\nArrears: went down\nTurnout: up",
        "Branch social report\n\nRaffle: won by Sue\nQuiz: won by the red team\nBake-off: pulled",
        "Treasurer's notes\n\nThe figures, line by line:\nSubs income: went down\nDonations: went down\n"
        "Lottery: not moved",
    ],
)
def test_lines_of_figures_or_notes_decide_nothing(page: str) -> None:
    assert titled_page_motions(page) == []
