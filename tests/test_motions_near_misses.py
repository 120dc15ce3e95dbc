"""Outcomes (issue 13): a near miss ("almost fell for want of a seconder", "nearly withdrawn", "all but passed") is
not the result; the actual result, later in the sentence or in the next one, is. Sentences written for these tests
in several styles, with negatives; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, W = Outcome.CARRIED, Outcome.DEFEATED, Outcome.WITHDRAWN


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # trades council report: the result after "but" in the same sentence
        (
            "Trades council report\n\nAnn Roe's motion on rent controls almost fell for want of a seconder, but Kit "
            "stepped in and it was agreed with one vote against.",
            [C],
        ),
        # CLP minutes
        ("CLP minutes\n\nThe motion on school meals nearly fell, but was carried 10-9.", [C]),
        # NEC write-up: the near miss the other way
        ("NEC report\n\nThe amendment on quorums all but passed; it was lost 11-12.", [D]),
        # council group notes: the result in the next sentence
        ("Group notes\n\nThe rule change on whipping was nearly withdrawn. In the end it passed.", [C]),
    ],
)
def test_a_near_miss_is_not_the_result(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the result itself, with no near miss
        ("Branch minutes\n\nThe motion on rents fell for want of a seconder.", [W]),
        ("Branch minutes\n\nThe amendment on fees was lost 9-12.", [D]),
    ],
)
def test_a_result_with_no_near_miss_stands(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected
