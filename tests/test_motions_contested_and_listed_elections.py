"""Elections the meeting decided, told in three more ways (issue 13, round 7; SPEC Rulings: an election decided by
the meeting is a motion, and between two candidates a tally):

- by its winner: "Ann Lee beat Tom Hart for the chair of the panel by 18 votes to 13", "Raj Patel defeated Tom Hart
  by 14 votes to 10 to become vice-chair", "The election for vice-chair was won by Raj Patel";
- officers listed after a colon: "We then elected our officers: A as Chair, B as Secretary and C as Treasurer";
- a post, the person, then how they were chosen: "Treasurer: Ann Lee, elected by 12 votes to 9".

Not a ballot of the members counted in thousands, nor a candidate beating a rival at the polls. Sentences written
for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from support import titled_page_motions


@pytest.mark.parametrize(
    ("page", "evidence"),
    [
        # NEC write-up
        (
            "NEC report\n\nAnn Lee beat Tom Hart for the chair of the disputes panel by 18 votes to 13.",
            ["Ann Lee beat Tom Hart"],
        ),
        # union executive
        ("Executive report\n\nRaj Patel defeated Tom Hart by 14 votes to 10 to become vice-chair.", ["Raj Patel"]),
        # CLP minutes
        ("CLP minutes\n\nThe election for vice-chair was won by Jo Bell, who beat Sam Cole 14-10.", ["Jo Bell"]),
        # branch AGM, officers listed
        (
            "Branch AGM\n\nWe then elected our officers: Jane Smith as Chair, Raj Patel as Secretary and Ann Lee as "
            "Treasurer.",
            ["Jane Smith as Chair", "Raj Patel as Secretary", "Ann Lee as Treasurer"],
        ),
        # council group AGM, a post first
        ("Group AGM\n\nTreasurer: Ann Lee, elected by 12 votes to 9 over Tom Hart.", ["Ann Lee"]),
    ],
)
def test_an_election_the_meeting_decided(page: str, evidence: list[str]) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome.value for m in motions] == ["carried"] * len(evidence)
    assert all(words in m.evidence.text for words, m in zip(evidence, motions, strict=True))


@pytest.mark.parametrize(
    "page",
    [
        "Leadership news\n\nJeremy Corbyn beat Owen Smith by 313,209 votes to 193,229.",
        "Leadership news\n\nJo Bell beat Sam Cole in the leadership election.",
        "Ward news\n\nOur candidate defeated the Tory by 40 votes in the council by-election.",
        "Branch minutes\n\nJane Smith defeated the amendment by arguing against it.",
    ],
)
def test_no_election_of_the_meeting(page: str) -> None:
    assert titled_page_motions(page) == []
