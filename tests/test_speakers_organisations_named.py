"""A company, a service or an institution named as the one who acts ("announced by Vale Buses", "Castlebridge
Leisure said", "welcomed by Northfield College") is no person at the meeting; the people beside it still are.
Sentences written for these tests, in branch, CLP, council and news voices."""

from __future__ import annotations

import pytest

from support import speaker_names as names


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Jo Hart moved a motion on the cuts announced by Vale Buses on 2 October.", {"Jo Hart"}),
        ("Castlebridge Leisure said the pool would close in May, Sam Ellis reported.", {"Sam Ellis"}),
        ("The plan was welcomed by Northfield College, Amy Cole told the meeting.", {"Amy Cole"}),
        ("Westgate Academy objected to the scheme, and Cllr Ravi Shah said so too.", {"Ravi Shah"}),
        ("Mercia Water Ltd said the works would finish in June; Ann Lee asked why.", {"Ann Lee"}),
        ("Riverside Hospital confirmed the closure, and Dev Patel condemned it.", {"Dev Patel"}),
    ],
)
def test_an_organisation_that_acts_is_no_speaker(sentence: str, people: set[str]) -> None:
    assert names(sentence) == people


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Cllr Tom Ward said the depot should stay open.", {"Tom Ward"}),
        ("Sue Hall moved the motion and Jo Holmes seconded it.", {"Sue Hall", "Jo Holmes"}),
    ],
)
def test_people_whose_names_look_like_places_are_still_speakers(sentence: str, people: set[str]) -> None:
    assert names(sentence) == people
