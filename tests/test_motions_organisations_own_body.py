"""The organisation's own body named with its possessive is the meeting's own: "the union's executive", "the society's
board", "the branch's committee" decide as "Labour's NEC" and "the party's ruling body" do, also where a decision
needs a subject that cannot be another body (a change the body made: "reversed its decision", "has set up a working
group", "froze the fee"). Another organisation's body ("Unite's executive" in a report on the NEC, "the council's
cabinet" in a branch's report) stays another's. Sentences written for these tests in several registers; none is
quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C = Outcome.CARRIED
OPENING = "The meeting opened with apologies. "


@pytest.mark.parametrize(
    "page",
    [
        f"Executive report – 3 May 2024\n\n{OPENING}The union's executive reversed its decision to close the office.",
        f"Union news – 3 May 2024\n\n{OPENING}The union's executive has set up a working group on pay.",
        f"Co-op news – 3 May 2024\n\n{OPENING}The society's board froze the membership fee for another year.",
        f"Branch bulletin – 3 May 2024\n\n{OPENING}The branch's committee has set up a hardship fund for strikers.",
    ],
)
def test_the_organisations_own_body_makes_a_change(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [C]


@pytest.mark.parametrize(
    "page",
    [
        f"NEC report – 3 May 2024\n\n{OPENING}Unite's executive has set up a working group on pay.",
        f"Branch report – 3 May 2024\n\n{OPENING}The council's cabinet froze the parking charges.",
    ],
)
def test_another_organisations_body_makes_no_motion(page: str) -> None:
    assert titled_page_motions(page) == []
