"""An election told of a post with the person's name in apposition, closed by its comma before the verb ("The Chair,
Carmen Diaz, was re-elected unopposed"; round 19, minutes' officer elections): the meeting chose that person. A
name in a list is no apposition. Sentences written for these tests in several styles; none is quoted from a real page
or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("page", "name"),
    [
        ("CLP AGM minutes\n\nThe Chair, Hana Moss, was re-elected unopposed.", "Hana Moss"),
        ("Branch AGM\n\nOur secretary, Tom Ebuka, was duly re-elected.", "Tom Ebuka"),
        ("Trades council minutes\n\nAfter a ballot, Rita Gowan, was elected as president.", "Rita Gowan"),
        ("Regional committee report\n\nThe vice-chair, Pat Lord, was elected chair in her place.", "Pat Lord"),
    ],
)
def test_a_name_in_apposition_is_the_person_elected(page: str, name: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [Outcome.CARRIED]
    assert name in motions[0].summary


@pytest.mark.parametrize(
    "page",
    [
        # the person named is no subject of the election: someone else's act
        "Branch minutes\n\nThe Chair, Hana Moss, was thanked for her work on the election.",
        # a name before a comma that the verb does not follow
        "GC minutes\n\nThe Chair, Hana Moss, said the election of a new secretary was overdue.",
    ],
)
def test_a_name_in_apposition_with_no_election_is_none(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("page", "name"),
    [
        ("Branch AGM\n\nThe auditor, John Pike, was re-appointed.", "John Pike"),
        ("Union executive minutes\n\nThe treasurer, Raj Dev, was made vice-chair.", "Raj Dev"),
        ("Trades council AGM\n\nOur minutes secretary, Ana Ruiz, was appointed as assistant secretary.", "Ana Ruiz"),
    ],
)
def test_a_name_in_apposition_is_the_person_appointed(page: str, name: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [Outcome.CARRIED]
    assert name in motions[0].summary


def test_a_name_in_apposition_appointed_to_another_body_is_none() -> None:
    # a seat on another body: where the person sits, not the meeting's choice
    assert titled_page_motions("CLP minutes\n\nOur delegate, Ann Lee, was appointed to the regional board.") == []
