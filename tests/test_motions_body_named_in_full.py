"""The meeting's body named in full, with the generic words of a body's name written as proper nouns ("the Central
Executive Council", "the National Coordinating Group", "the General Executive Council"), decides as "the executive"
does: those words name no place or other body, as "Camden" of "Camden Council" does. Another place's or body's
council ("Camden Council", "the TUC General Council" in a union's report, "the National Policy Forum" in an NEC
report), a members' ballot, a past decision and a plan stay no motion. Sentences written for these tests in several
registers; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C = Outcome.CARRIED
D = Outcome.DEFEATED


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        (
            "Bakers' union executive turns down merger\n\nThe union's Central Executive Council on Thursday voted "
            "against opening merger talks with the retail union, by 19 votes to 12.",
            D,
        ),
        (
            "Minutes – union executive, 4 March 2025\n\n5. Merger. The General Executive Council voted against "
            "entering talks with the retail union.",
            D,
        ),
        (
            "NCG report, June 2025\n\nAfter a long debate the National Coordinating Group voted to let local groups "
            "back independent candidates in a handful of seats.",
            C,
        ),
        (
            "Report from the federation's ruling body\n\nThe federation's Central Executive Committee agreed to "
            "fund a national organiser for two years.",
            C,
        ),
    ],
)
def test_the_body_named_in_full_decides(page: str, outcome: Outcome) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [outcome]


@pytest.mark.parametrize(
    "page",
    [
        "Branch report – 3 May 2025\n\nCamden Council voted against opening the new depot.",
        "Union executive report – 3 May 2025\n\nThe TUC General Council voted against opening merger talks.",
        "NEC report – 3 May 2025\n\nThe National Policy Forum voted against publishing the draft.",
        "Union executive report – 3 May 2025\n\nIn a members' ballot, 8,000 voted against opening merger talks.",
        "Union executive report – 3 May 2025\n\nThe Central Executive Council plans to open merger talks next year.",
    ],
)
def test_another_body_a_ballot_or_a_plan_makes_no_motion(page: str) -> None:
    assert titled_page_motions(page) == []
