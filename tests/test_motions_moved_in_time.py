"""'Moved' of a meeting or a date moved in time ("The GC moved the AGM to March", "the executive moved its next
meeting forward a week") puts no motion and names no mover; a motion moved to do so still does. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from nec_extract.extractors.motions.sentence.people import find_people
from nec_extract.models import Outcome
from support import titled_page_motions

_CLP = "Hillside CLP general committee, 6 June 2023"


@pytest.mark.parametrize(
    "sentence",
    [
        "The GC moved the AGM to March to avoid the holidays.",
        "The executive moved its next meeting forward a week.",
        "The chair moved the date of the hustings back to 14 July.",
        "Council moved the start of the debate to 7pm.",
    ],
)
def test_a_meeting_moved_in_time_names_no_mover(sentence: str) -> None:
    people = find_people(sentence)
    assert people.movers == [] and not people.strong
    assert all(m.movers == [] for m in titled_page_motions(f"{_CLP}\n\n{sentence}\n"))


@pytest.mark.parametrize(
    ("sentence", "mover"),
    [
        ("Jo Hart moved a motion to move the AGM to March, which was carried.", "Jo Hart"),
        ("Sam Ellis moved that the next meeting be moved to Thursday; this was agreed.", "Sam Ellis"),
        ("Cllr Reid moved the recommendation to the meeting, and it was agreed.", "Reid"),
    ],
)
def test_a_motion_moved_still_has_its_mover(sentence: str, mover: str) -> None:
    motions = titled_page_motions(f"{_CLP}\n\n{sentence}\n")
    assert [(m.movers, m.outcome) for m in motions] == [([mover], Outcome.CARRIED)]


@pytest.mark.parametrize(
    "body",
    [
        "Jo Hart moved a motion on the library. The mover of the motion was happy to accept the amendment from Sam "
        "Ellis, and the motion as amended was carried.",
        "Cllr Ash moved a motion on parking. The proposer of the motion accepted an amendment from Cllr Bell to add "
        "a review date. The motion as amended was agreed.",
        "Brother Kane moved the motion on pay. The seconder of the motion then moved an amendment to add a flat-rate "
        "element; it was carried. The motion as amended was carried.",
    ],
)
def test_the_person_named_by_the_motion_they_put_names_no_motion(body: str) -> None:
    motions = titled_page_motions(f"Branch committee minutes, 2 April 2024\n\n{body}\n")
    assert sorted(m.kind.value for m in motions) == ["amendment", "motion"]
    assert all(m.outcome is Outcome.CARRIED for m in motions)
