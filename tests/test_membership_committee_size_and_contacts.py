"""A committee's size told as "a membership of N" is no membership figure (SPEC Rulings), nor are the members someone
spoke to or visited; a party's or union's "membership of N" still is."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _figures(body: str, heading: str = "Branch meeting, 3 May 2025") -> list[tuple[str, int]]:
    return [(f.metric.value, f.value) for r in extract(f"{heading}\n\n{body}\n").reports for f in r.membership]


@pytest.mark.parametrize(
    "body",
    [
        # NEC blog
        "The NEC has a membership of 39, of whom 13 are CLP reps.",
        # council minutes
        "The committee has a membership of 12, including the chair.",
        # union minutes
        "The executive has a membership of 21 and meets monthly.",
        # CLP notes: people spoken to
        "We spoke to 40 members on the doorstep on Saturday.",
        "The organiser has visited 60 members since the spring.",
    ],
)
def test_no_figure_for_a_committees_size_or_those_spoken_to(body: str) -> None:
    assert _figures(body) == []


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("The party has a membership of 400,000.", ("members", 400000)),
        ("Unison has a membership of 1.3 million.", ("members", 1300000)),
        ("The CLP has a membership of 1,200 and is growing.", ("members", 1200)),
        ("We spoke to members at the stall. Membership is now 1,200.", ("members", 1200)),
    ],
)
def test_a_bodys_membership_still_counts(body: str, figure: tuple[str, int]) -> None:
    assert _figures(body) == [figure]
