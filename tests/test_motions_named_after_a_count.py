"""Several decisions counted in one sentence and named in the next (issue 13): "The committee carried two emergency
resolutions. One condemned ..., the other called on ...", "... were carried on two further issues. These were A and
B." One motion per item named, with the result of the count. Pages written for these tests in several styles,
with negatives; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("page", "expected", "items"),
    [
        # a party executive's news: one ... the other
        (
            "Executive news\n\nThe committee carried two emergency resolutions. One condemned the closure of the "
            "ferry terminal, the other called on ministers to restore the rural bus grant.",
            [C, C],
            ["ferry terminal", "rural bus grant"],
        ),
        # union executive report: "These were A and B"
        (
            "Union executive report\n\nEmergency motions were carried on two further issues. These were the closure "
            "of the county archive and the use of agency staff during strikes.",
            [C, C],
            ["county archive", "agency staff"],
        ),
        # council group minutes: "These are A, ..., and B, ..."
        (
            "Group minutes\n\nThe group rejected three opposition amendments. These were the cut to the parks budget; "
            "the freeze on parking charges; and the sale of the depot.",
            [D, D, D],
            ["parks budget", "parking charges", "depot"],
        ),
        # CLP notes: they were ...
        (
            "CLP general committee notes\n\nThe GC agreed two rule changes for conference. They were a youth "
            "officer on the executive, and a women's officer in every branch.",
            [C, C],
            ["youth officer", "women's officer"],
        ),
    ],
)
def test_items_named_after_a_count_are_one_motion_each(page: str, expected: list[Outcome], items: list[str]) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == expected
    for motion, item in zip(motions, items, strict=True):
        assert item in motion.evidence.text
        assert all(other not in motion.evidence.text for other in items if other != item)


@pytest.mark.parametrize(
    ("page", "count"),
    [
        # the next sentence says how they fared, not what they were
        ("Branch minutes\n\nTwo amendments were moved. They were both lost.", 2),
        # a next sentence that names another number of things
        ("Union minutes\n\nThe executive backed two motions. These were moved by Ann Lee, Raj Patel and Bo Diaz.", 2),
    ],
)
def test_a_next_sentence_that_names_no_items_leaves_the_count(page: str, count: int) -> None:
    assert len(titled_page_motions(page)) == count
