"""A concession after a result tells a minority's side or a try that failed, not the item's fate (round 22,
voices22): "The budget was agreed, though several members voted against" came out defeated. Sentences written for
these tests in several registers; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        ("NEC report\n\nThe budget was agreed, though several members voted against.", C),
        ("Branch minutes\n\nThe levy was approved – although the retired members' section opposed it.", C),
        ("Council minutes\n\nThe scheme was rejected, despite the cabinet member's support for it.", D),
        ("Union news\n\nThe new rules were adopted, albeit with two abstentions and the London region against.", C),
    ],
)
def test_the_items_result_stands(page: str, outcome: Outcome) -> None:
    assert titled_page_motions(page)[0].outcome is outcome


def test_a_concession_before_the_result_is_no_aside() -> None:
    page = "NEC report\n\nAlthough the left argued hard, the rule change was defeated."
    assert [m.outcome for m in titled_page_motions(page)] == [D]


def test_two_items_told_in_two_clauses_each_keep_theirs() -> None:
    page = "NEC report\n\nThe motion was carried, although an amendment from the left fell."
    assert [m.outcome for m in titled_page_motions(page)] == [C, D]
