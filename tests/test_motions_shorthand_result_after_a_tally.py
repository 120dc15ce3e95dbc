"""Minutes' shorthand result after the tally of the item just put: "For 11, Against 2. Motion carried." or "For 3,
against 9. Amendment lost." A bare item noun with no determiner before its result is "the motion" of the minutes,
the same item, not a second one. Pages written for these tests in union, council and CLP styles; none is quoted.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED
Results = list[tuple[Outcome, int | None, int | None]]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Regional committee minutes\n\nIt was moved by S. Patel and seconded by L. Green that the committee "
            "support a ballot. For 11, Against 2, Abstentions 1. Motion carried.",
            [(C, 11, 2)],
        ),
        (
            "Branch minutes\n\nJo Hart moved an amendment on the fee. For 3, against 9. Amendment lost. The motion was "
            "then carried.",
            [(D, 3, 9), (C, None, None)],
        ),
        (
            "GC minutes\n\nA resolution on housing was moved by the secretary. Votes for: 20. Votes against: 4. "
            "Resolution agreed.",
            [(C, 20, 4)],
        ),
    ],
)
def test_shorthand_result_is_the_item_just_put(page: str, expected: Results) -> None:
    motions = titled_page_motions(page)
    got = [(m.outcome, m.vote.for_ if m.vote else None, m.vote.against if m.vote else None) for m in motions]
    assert got == expected


def test_shorthand_result_alone_is_one_motion() -> None:
    assert [m.outcome for m in titled_page_motions("Branch minutes\n\nMotion on rail fares.\n\nMotion carried.")] == [C]
