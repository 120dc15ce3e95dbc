"""The person an attempt put at the meeting is by ("An attempt by NCG member Jo Hart to delay the vote was rejected",
"There was an attempt by Sam Lee of the GMB to insert a line ... It was beaten back") proposed it: a speaker, as with
"an amendment by X". Not a person only named near an attempt of someone else's. Sentences written for these tests in
several registers; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import speaker_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("An attempt by NCG member Jo Hart to delay the decision was rejected.", "Jo Hart"),
        (
            "There was an attempt by Sam Lee of the GMB to insert a line on the PLP's role. It was beaten back by "
            "18 to 14.",
            "Sam Lee",
        ),
        (
            "Members heard an attempt by Cllr Amir Khan to refer the budget back, which was lost on the vote.",
            "Amir Khan",
        ),
        ("An attempt by Dee Ross to adjourn the debate fell after a short exchange.", "Dee Ross"),
    ],
)
def test_the_person_an_attempt_is_by_is_a_speaker(text: str, name: str) -> None:
    assert name in speaker_names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The attempt by the government to cut the grant, led by Jo Hart, was condemned by the meeting.", "Jo Hart"),
        ("Following Sam Lee's move to the cabinet, the executive agreed a new chair.", "Sam Lee"),
    ],
)
def test_a_person_near_someone_elses_attempt_is_no_speaker(text: str, name: str) -> None:
    assert name not in speaker_names(text)
