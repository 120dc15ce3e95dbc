"""Items counted by a quantifier floated after their subject (issue 13: "several decisions in one sentence ... one
by one"): "The climate and housing motions were both carried" is two decisions, as "Both motions were carried" is;
"all three" after a plural counts three. Sentences written for these tests in several styles, with negatives; none
is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Branch minutes\n\nThe climate and housing motions were both carried.", [C, C]),
        ("GC report\n\nThe two motions on pay were both carried unanimously.", [C, C]),
        ("NEC report\n\nThe motions on climate and on housing both passed easily.", [C, C]),
        ("Council group notes\n\nThe amendments on parking were all three defeated.", [D, D, D]),
        ("Union executive minutes\n\nThe rule changes on fees and on branches were both agreed.", [C, C]),
    ],
)
def test_a_floated_count_gives_one_motion_per_item(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # people counted, not items
        ("Branch minutes\n\nJo and Sam both voted for the motion, which was carried.", [C]),
        ("GC report\n\nThe motion was carried; both of us voted for it.", [C]),
        # "both" as the subject of its own clause counts nothing floated
        ("Executive notes\n\nWe considered the aims of the campaign, and both were agreed.", [C]),
    ],
)
def test_people_counted_are_no_items(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected
