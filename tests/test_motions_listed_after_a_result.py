"""Several decisions listed after a plural result and its colon (issue 13, round 7; SPEC Rulings: each decision is
one motion): "The following motions were carried: A, B and C", "Three rule changes were agreed: A; B; C". Sentences
written for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("page", "expected", "items"),
    [
        # regional executive report
        (
            "Regional report\n\nThe following motions were carried: Motion 3 on bus fares, Motion 5 on libraries "
            "and Motion 8 on the living wage.",
            [C, C, C],
            ["bus fares", "libraries", "living wage"],
        ),
        # conference report
        (
            "Conference report\n\nTwo emergency motions were carried: one on Grenfell and one on the fire strike.",
            [C, C],
            ["Grenfell", "fire strike"],
        ),
        # NEC write-up, semicolons
        (
            "NEC report\n\nThe following were agreed: the budget; the conference timetable; and the shortlist.",
            [C, C, C],
            ["budget", "timetable", "shortlist"],
        ),
        # union minutes, a defeat
        (
            "Union minutes\n\nThe following amendments were lost: Amendment 2 from the North, Amendment 4 from Wales.",
            [D, D],
            ["North", "Wales"],
        ),
    ],
)
def test_each_item_listed_is_a_motion(page: str, expected: list[Outcome], items: list[str]) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == expected
    assert all(item in m.evidence.text for item, m in zip(items, motions, strict=True))


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # one item, its colon a comment
        ("Branch minutes\n\nThe minutes were agreed: no matters arising.", [C]),
        ("CLP minutes\n\nThe accounts were approved: thanks to the Treasurer, Jo Bell, and her team.", [C]),
    ],
)
def test_one_item_and_a_comment(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected
