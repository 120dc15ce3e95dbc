""" "Elected" describing people after their noun ("The EC congratulated the 24 members elected", "Congratulations to
all the candidates elected") is no item's result: the ballot that chose them was the members', not the meeting's
(SPEC Rulings: results of ballots of the wider membership are not decisions of the meeting). The word after a
be-form or a person's name still tells an election. Sentences written for these tests; none is quoted from a real
page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes import find_outcomes
from support import titled_page_motions


@pytest.mark.parametrize(
    "sentence",
    [
        "The EC congratulated the 24 members elected.",
        "Congratulations to all the candidates elected.",
        "The chair welcomed the representatives newly elected.",
    ],
)
def test_people_described_as_elected_tell_no_result(sentence: str) -> None:
    assert find_outcomes(sentence) == []


@pytest.mark.parametrize(
    "page",
    [
        "Executive report\n\nThe EC congratulated the 24 members elected.",
        "Branch news\n\nCongratulations to all the candidates elected.",
    ],
)
def test_no_motion(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    "page",
    [
        "Branch AGM\n\nThe two delegates were elected unopposed.",
        "Branch AGM\n\nMira Dunn was elected chair.",
    ],
)
def test_an_election_still_told(page: str) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == ["carried"]
