"""A short item with its result in brackets after it, as report-backs list them ("• Rail nationalisation
(carried)", "Composite 4 on housing (lost)"): the bracket ends the item's label, as a colon or a dash does
("Rail nationalisation – carried"). Lines written for these tests in several styles, with negatives; none is quoted
from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, R = Outcome.CARRIED, Outcome.DEFEATED, Outcome.REMITTED


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Conference report-back\n\nOur motions:\n\n• Rail nationalisation (carried)\n• Housing (lost)", [C, D]),
        ("Delegation report\n\n- Composite 4 on housing (lost)\n- Climate emergency (remitted)", [D, R]),
        ("Regional conference notes\n\n* Rule change on fees (carried unanimously)\n* Youth seats (fell)", [C, D]),
    ],
)
def test_a_result_in_brackets_after_a_short_item(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    "page",
    [
        # a bracket aside inside a longer sentence, not a result of its own
        "Branch minutes\n\nThe treasurer (re-elected last year) presented the accounts and answered questions.",
        "GC report\n\nMembership (down on last year) was reported by the secretary.",
    ],
)
def test_no_result_from_an_aside_in_brackets(page: str) -> None:
    assert titled_page_motions(page) == []
