"""Elections whose post is not on the list of common posts, or whose time or body is told in other words (SPEC
Rulings: an election decided by the meeting is a motion; a person elected in the past is not one):

- a post of any words closed by how it was filled: "was elected female Principal Speaker unopposed", "was elected
  Labour Students Officer by acclamation";
- "confirmed in post" / "confirmed in office" as an appointment;
- a body named by its initials, "the NC" (a national council or committee);
- a choice dated by its own clause to before the meeting ("who was selected in February", "elected chair last
  year") is background.

Sentences written for these tests; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from support import pipeline_motions, titled_page_motions


@pytest.mark.parametrize(
    ("page", "person"),
    [
        ("National council\n\nMira Soto was elected female Principal Speaker unopposed.", "Mira Soto"),
        ("Youth committee\n\nDev Kalra was re-elected Labour Students Officer by acclamation.", "Dev Kalra"),
        (
            "Branch AGM\n\nAs the only nominee, Lou Amis was elected Health and Safety Lead without opposition.",
            "Lou Amis",
        ),
        ("General meeting\n\nTreasurer: Bea Rook was confirmed in post.", "Bea Rook"),
        ("Executive minutes\n\nThe interim secretary, Tom Ure, was confirmed in office.", "Tom Ure"),
    ],
)
def test_the_post_in_its_own_words(page: str, person: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome.value for m in motions] == ["carried"]
    assert person in motions[0].summary


@pytest.mark.parametrize(
    "page",
    [
        "NC report\n\nThe NC then elected the members of the appeals panel: Ana Vey, Olu Dare and Kim Bo.",
        "NC minutes\n\nThe NC agreed to hold its next meeting in Leeds.",
    ],
)
def test_the_nc_decides(page: str) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == ["carried"]


@pytest.mark.parametrize(
    "page",
    [
        # a candidate chosen at an earlier meeting, in a relative clause
        "CLP general meeting – 9 April 2024\n\nWe heard from our candidate, Abi Lund, who was selected in February.",
        # a post filled a year before, in apposition
        "Branch meeting – 7 May 2024\n\nSam Futa, who was elected chair last year, opened the meeting.",
        # a post of any words with no manner closing it: no election of the meeting
        "Branch meeting – 7 May 2024\n\nAbi Lund was elected MP for the seat in a by-election.",
    ],
)
def test_chosen_before_the_meeting_is_background(page: str) -> None:
    assert pipeline_motions(page) == []
