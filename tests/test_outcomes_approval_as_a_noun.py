"""A result told by its noun (round 22, voices22): "No vote needed: approval was by acclamation", "Approval was
unanimous", "Agreement was refused" settle the item put before. Sentences written for these tests in several registers;
none is quoted from a real page or a probe page.
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
        ("NEC report\n\nThe complaints board plan was welcomed. No vote needed: approval was by acclamation.", C),
        ("Branch minutes\n\nJo Reid proposed a donation to the food bank. Approval was unanimous.", C),
        ("Council minutes\n\nThe leader asked for the fees review to be brought forward. Agreement was swift.", C),
        ("Union news\n\nThe treasurer asked for a grant to the strike fund. Approval was refused.", D),
    ],
)
def test_the_noun_settles_the_item_before(page: str, outcome: Outcome) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [outcome]


@pytest.mark.parametrize(
    "sentence",
    [
        "Approval of the plan by the council took a year.",
        "We wait for approval from the regional office.",
        "Agreement on the rota was not reached.",
    ],
)
def test_no_result(sentence: str) -> None:
    assert [o for o in find_outcomes(sentence) if not o.hedged and o.outcome in (C, D)] == []
