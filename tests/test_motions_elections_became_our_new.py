"""A person told as having become the body's own post, new ("After a contested election, Ann Cole became our new
secretary", "Sam Patel is our new chair"): the meeting's election (SPEC: a nomination or election decided at the
meeting is a motion). Another body's post, a post held before, a post to come, or a seat are not. Sentences written
for these tests; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from support import pipeline_motions, titled_page_motions


@pytest.mark.parametrize(
    ("page", "person"),
    [
        ("Branch AGM\n\nAfter a close contest, Nia Bowen became our new secretary.", "Nia Bowen"),
        ("CLP bulletin\n\nGreat news: Omar Ries is our new chair, having won the vote comfortably.", "Omar Ries"),
        ("Group AGM\n\nCllr Ana Pike becomes its new deputy leader, replacing Cllr Rob Hale.", "Ana Pike"),
    ],
)
def test_the_person_became_our_new_post(page: str, person: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome.value for m in motions] == ["carried"]
    assert person in motions[0].summary


@pytest.mark.parametrize(
    "page",
    [
        "Branch meeting – 7 May 2024\n\nNia Bowen became our MP in 2019.",
        "Branch meeting – 7 May 2024\n\nNia Bowen will be our new chair from June.",
        "Branch meeting – 7 May 2024\n\nNia Bowen became the new chair of the county association.",
        "Branch meeting – 7 May 2024\n\nNia Bowen became our new secretary in 2021 and has served well since.",
    ],
)
def test_no_election_of_the_meeting(page: str) -> None:
    assert pipeline_motions(page) == []
