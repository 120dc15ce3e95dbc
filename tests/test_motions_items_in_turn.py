"""Missed decisions (issue 13): counted items told in turn in one sentence ("The first ... was carried; the
second ... was lost") are one decision each. Pages written for these tests in several styles (an NEC member's
write-up, union / council / CLP minutes, a news report), with negatives; none is quoted from a real page or from
the probe pages.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, R, U = Outcome.CARRIED, Outcome.DEFEATED, Outcome.REMITTED, Outcome.UNKNOWN


motions_of = titled_page_motions


def outcomes(page: str) -> list[Outcome]:
    return [m.outcome for m in motions_of(page)]


# ---------------------------------------------------------------- counted items told in turn in one sentence


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # union executive minutes: two items, each with its own result, joined by a semicolon
        (
            "Regional executive minutes\n\nTwo motions from the retired members were heard. The first, on bus "
            "passes, was agreed; the second, on a levy for the hardship fund, was lost.",
            [C, D],
        ),
        # NEC member's write-up: three items, the last after "and"
        (
            "My NEC report\n\nThree rule changes came to us from the organisation committee. The first, on branch "
            "quorums, went through; the second, on youth officers, was remitted; and the third, on fees, fell.",
            [C, R, D],
        ),
        # news report: ", while the second"
        (
            "Council news\n\nTwo opposition motions were before councillors on Tuesday. The first, calling for free "
            "parking in December, was rejected, while the second, on a twinning link, was approved.",
            [D, C],
        ),
        # CLP minutes: each item told, then one result for both
        (
            "CLP general committee minutes\n\nTwo branch motions were before the meeting. The first, from Hill ward, "
            "asked the GC to back the nurses' strike; the second, from Park ward, proposed a motion on buses to "
            "conference. Both were carried.",
            [C, C],
        ),
    ],
)
def test_counted_items_told_in_turn_in_one_sentence_are_each_a_motion(page: str, expected: list[Outcome]) -> None:
    motions = motions_of(page)
    assert [m.outcome for m in motions] == expected
    assert len({m.evidence.start for m in motions}) == len(motions)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # "the first time" / "the second reading" are no items: one motion, as before
        (
            "Branch minutes\n\nA motion on the pension scheme was moved by the treasurer. The first time it came "
            "up it was deferred; the second time, it was carried.",
            1,
        ),
        # a sentence not opening with an ordinal keeps its semicolons
        (
            "Union executive minutes\n\nThe motion on pay was carried; the second reading of the rule book was "
            "postponed to May.",
            1,
        ),
    ],
)
def test_ordinals_that_name_no_counted_item_do_not_split(page: str, expected: int) -> None:
    assert len(motions_of(page)) == expected


def test_one_item_settled_alone_is_not_every_item() -> None:
    page = (
        "Union executive minutes\n\nTwo amendments were before the executive. The first, from Wales, sought to "
        "delete the reference to the ballot; the second, from London, sought to add a pay target. It was lost."
    )
    assert outcomes(page) == [U, D]
