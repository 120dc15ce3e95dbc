"""A decision told as the body's own noun with "our" or the body's name before it, not a possessive: "The meeting
ended with our approval of a new complaints procedure", "Then came NEC approval of the selection timetable",
"Executive approval of the hardship fund followed a short debate": carried. Not decisions taken: one needed, awaited
or sought ("We need NEC approval of the plan"), one a thing is subject to ("The plan is subject to NEC approval of the
budget"), another body's ("Government approval of the scheme is still awaited"), one dated before ("NEC approval of
the shortlist was given last year"). Pages written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import pipeline_motions


@pytest.mark.parametrize(
    ("page", "summary"),
    [
        # an NEC member's blog
        ("NEC report, 3 May 2024\n\nThe meeting ended with our approval of a new complaints procedure.", "complaints"),
        # a news report
        ("NEC meeting, 3 May 2024\n\nThen came NEC approval of the selection timetable.", "selection timetable"),
        # union executive minutes
        (
            "Executive minutes, 3 May 2024\n\nExecutive approval of the hardship fund followed a short debate.",
            "hardship fund",
        ),
    ],
)
def test_our_or_the_bodys_approval_of_an_item_is_carried(page: str, summary: str) -> None:
    motions = pipeline_motions(page)
    assert [m.outcome.value for m in motions] == ["carried"]
    assert summary in motions[0].summary


@pytest.mark.parametrize(
    "body",
    [
        "We need NEC approval of the plan.",
        "The plan is subject to NEC approval of the budget.",
        "Without NEC approval of the budget, nothing can happen.",
        "Government approval of the scheme is still awaited.",
        "NEC approval of the shortlist was given last year.",
    ],
)
def test_approval_needed_awaited_or_elsewhere_is_no_decision(body: str) -> None:
    assert pipeline_motions(f"NEC report, 3 May 2024\n\n{body}\n") == []
