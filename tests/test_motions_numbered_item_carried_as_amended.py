"""A numbered item and its title, then its result "as amended" ("Motion 2 (NEU) – Free school meals: carried as
amended.", "Composite 1 – Pay: CARRIED AS AMENDED"): the item is decided, one motion, whatever the amendment told
next to it. Lines written for these tests in the registers of a trades council AGM, union executive minutes, a CLP's
minutes and a conference report; none is quoted from a real page or a probe page."""

from __future__ import annotations

import pytest

from support import one_report


@pytest.mark.parametrize(
    ("body", "outcomes"),
    [
        # a trades council AGM
        (
            "Motions\nMotion 1 (FBU) – Fire station closures: carried.\n"
            "Motion 2 (NEU) – Free school meals: carried as amended.\nMotion 4 (CWU) – Royal Mail: withdrawn.",
            ["carried", "carried", "withdrawn"],
        ),
        # union executive minutes, the amendment told after it
        (
            "Motions to conference\nMotion 1 – Funding: carried unanimously.\nMotion 2 – Workload: carried as "
            "amended. The amendment, moved by Jo Reid to add a reference to cover, was carried 24–13.",
            ["carried", "carried", "carried"],
        ),
        # a CLP's minutes
        ("Motions\nMotion 3 (Parkside branch) – Housing: agreed as amended.", ["carried"]),
        # a conference report
        ("Composite motions\nComposite 1 – Pay: CARRIED AS AMENDED.", ["carried"]),
    ],
)
def test_a_numbered_item_carried_as_amended_is_one_motion(body: str, outcomes: list[str]) -> None:
    assert [m.outcome.value for m in one_report(body).motions] == outcomes


@pytest.mark.parametrize(
    "body",
    [
        "Motions\nMotion 2 (NEU) – Free school meals: an amendment was circulated.",
        "Motions\nMotion 5 – Workload: discussed; to come back as amended next month.",
    ],
)
def test_an_item_only_amended_or_discussed_is_no_decision(body: str) -> None:
    assert one_report(body).motions == []
