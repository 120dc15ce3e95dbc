"""Plural heads: items named by their numbers under one noun ("Amendments 1 and 2 were lost and amendment 3 was
carried"), and a count told again as the subject of the result ("Three amendments were moved. All three fell.")."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

D, C, R, W = Outcome.DEFEATED, Outcome.CARRIED, Outcome.REMITTED, Outcome.WITHDRAWN


def _motions(body: str, heading: str = "Conference arrangements, 3 May 2025"):
    return titled_page_motions(f"{heading}\n\n{body}\n")


@pytest.mark.parametrize(
    ("body", "outcomes", "summaries"),
    [
        # an NEC member's blog
        (
            "Amendments 1 and 2 were lost and amendment 3 was carried.",
            [D, D, C],
            ["amendment 1", "amendment 2", "amendment 3"],
        ),
        # CLP GC minutes
        ("Motions 4, 5 and 6 were carried.", [C, C, C], ["motion 4", "motion 5", "motion 6"]),
        # union conference report
        (
            "Amendments 2 and 5 were remitted to the executive, while amendment 7 was withdrawn.",
            [R, R, W],
            ["amendment 2", "amendment 5", "amendment 7"],
        ),
        # council minutes
        ("Resolutions 12 & 13 have been agreed.", [C, C], ["resolution 12", "resolution 13"]),
    ],
)
def test_one_motion_per_number(body: str, outcomes: list[Outcome], summaries: list[str]) -> None:
    motions = _motions(body)
    assert [m.outcome for m in motions] == outcomes
    assert [m.summary.lower() for m in motions] == summaries


@pytest.mark.parametrize(
    "body",
    [
        # numbers of another time: no decision of this meeting
        "The NEC noted that motions 3 and 4 were carried at conference last year.",
        # numbers that are no items
        "The 2 and 3 bus routes were cut last year.",
    ],
)
def test_no_numbered_motions_from_other_times_or_other_numbers(body: str) -> None:
    assert len(_motions(body)) <= 1


@pytest.mark.parametrize(
    ("body", "outcome", "count"),
    [
        ("Three amendments were moved to the housing motion. All three fell.", D, 3),
        ("Four rule changes were put to the meeting. All four were carried.", C, 4),
        ("Three emergency motions were moved by branches. All three were agreed without a vote.", C, 3),
    ],
)
def test_all_n_settles_each_item_counted(body: str, outcome: Outcome, count: int) -> None:
    assert [m.outcome for m in _motions(body)] == [outcome] * count
