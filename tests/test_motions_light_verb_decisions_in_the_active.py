"""A decision told by a light verb and its decision noun in the active, the body or "we" its subject: "We made
appointments to every committee", "The executive made grants to three strike funds", "Delegates reached a compromise
on the timetable": carried, as "Appointments were made to all the committees" is. Not decisions of the meeting:
another body's ("The council made grants to charities last year"), one dated before. Pages written for these tests;
none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import pipeline_motions


@pytest.mark.parametrize(
    "page",
    [
        # an NEC member's blog
        "NEC report, 3 May 2024\n\nWe made appointments to every committee.",
        # union executive minutes
        "Executive minutes, 3 May 2024\n\nThe executive made grants to three strike funds.",
        # a news report of a conference
        "Young Labour conference, 3 May 2024\n\nDelegates reached a compromise on the timetable.",
    ],
)
def test_a_light_verb_and_its_decision_noun_is_carried(page: str) -> None:
    assert [m.outcome.value for m in pipeline_motions(page)] == ["carried"]


@pytest.mark.parametrize(
    "body",
    ["The council made grants to three charities last year.", "We made appointments to every committee in 2019."],
)
def test_another_bodys_or_an_earlier_one_is_no_decision(body: str) -> None:
    assert pipeline_motions(f"Branch meeting, 3 May 2024\n\n{body}\n") == []
