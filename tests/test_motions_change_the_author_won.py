"""A change the author won or failed to win at the meeting ("I finally managed to get more money returned to
CLPs", "I succeeded in getting a CLP rep added to the panel", "I failed to get the shortlist reopened"): the
meeting's decision, carried or defeated, as for "we managed to ...". Not decisions: the author getting somewhere
or saying something ("I managed to get to the meeting", "managed to raise the issue", "failed to turn up").
Pages written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        ("NEC report\n\nI finally managed to get more money returned to constituencies.", Outcome.CARRIED),
        ("Union executive report\n\nI managed to get the freeze date moved to June.", Outcome.CARRIED),
        ("Scottish executive report\n\nI succeeded in getting a CLP rep added to the panel.", Outcome.CARRIED),
        ("CLP bulletin\n\nI managed to increase the levy on branches by a pound.", Outcome.CARRIED),
        ("NEC report\n\nI failed to get the shortlist reopened.", Outcome.DEFEATED),
    ],
)
def test_a_change_the_author_won_or_lost_is_the_meetings_decision(page: str, outcome: Outcome) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [outcome]


def test_the_same_change_won_by_us_reads_alike() -> None:
    motions = titled_page_motions("NEC report\n\nWe managed to get the freeze date moved to June.")
    assert [m.outcome for m in motions] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nI managed to get to the meeting on time despite the trains.",
        "NEC report\n\nI managed to raise the issue of the accounts.",
        "Branch minutes\n\nI failed to turn up to the last meeting.",
        "CLP bulletin\n\nI managed to speak in the debate on housing.",
    ],
)
def test_the_author_getting_somewhere_or_saying_something_is_no_decision(page: str) -> None:
    assert titled_page_motions(page) == []
