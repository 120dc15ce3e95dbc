"""The rest of a set counted before (round 21, decide21): "The SEC backed four of the six rule changes. The other two
were sent back to the committee." tells the other two items' fate too, an item of its own; with no part of a set told
before, "the others" stands for nothing. Sentences written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from support import titled_page_motions

TITLE = "Scottish Executive Committee report, 2 December 2025"


def _motions(body: str) -> list[tuple[MotionKind, Outcome]]:
    return [(m.kind, m.outcome) for m in titled_page_motions(f"{TITLE}\n\n{body}\n")]


@pytest.mark.parametrize(
    ("body", "rest"),
    [
        (
            "The SEC backed four of the six rule changes. The other two were sent back to the committee.",
            Outcome.REMITTED,
        ),
        (
            "The SEC backed four of the six rule changes; the remaining two were sent back to the committee.",
            Outcome.REMITTED,
        ),
        (
            "The SEC backed four of the six rule changes from the Procedures Committee. The rest were withdrawn.",
            Outcome.WITHDRAWN,
        ),
        (
            "The SEC agreed two of the three motions from CLPs. The other was defeated on a show of hands.",
            Outcome.DEFEATED,
        ),
    ],
)
def test_the_rest_of_the_set_is_an_item(body: str, rest: Outcome) -> None:
    motions = _motions(body)
    assert len(motions) == 2
    assert motions[0][1] is Outcome.CARRIED and motions[1][1] is rest


@pytest.mark.parametrize(
    "body",
    [
        "We discussed four of the six regions. The others were left for another day.",
        "We heard from four of the six regional organisers. The rest were withdrawn from the list of speakers.",
        "We heard from four of the six regions. Two, as usual, were late.",
    ],
)
def test_no_set_of_items_before(body: str) -> None:
    assert _motions(body) == []


def test_numbers_alone_after_a_numbered_group() -> None:
    page = f"{TITLE}\n\nMotions 3, 5 and 7 from the regions were carried; 4 and 6 fell.\n"
    motions = titled_page_motions(page)
    assert [(m.summary, m.outcome) for m in motions] == [
        ("motion 3", Outcome.CARRIED),
        ("motion 5", Outcome.CARRIED),
        ("motion 7", Outcome.CARRIED),
        ("motion 4", Outcome.DEFEATED),
        ("motion 6", Outcome.DEFEATED),
    ]


def test_a_count_of_members_after_a_numbered_group_is_no_item() -> None:
    page = f"{TITLE}\n\nMotions 3 and 5 were carried; 20 members voted against the last one.\n"
    assert [m.summary for m in titled_page_motions(page)] == ["motion 3", "motion 5"]
