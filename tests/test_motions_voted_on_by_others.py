"""An item put to the meeting told only by how others voted on it ("I was bemused by the left voting against even
harmless rule changes", "I was puzzled to see the CfS members vote against changes removing ...", "The left voted
against rule changes on the timetable"): the item was put, its outcome not told (unknown). Not items put: an item
already named ("voted against the motion"), a vote on no item ("voted for Angela", "voted against the strike").
Pages written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        # an NEC member's write-up, the participle hung on the faction
        "NEC report\n\nI was bemused by the Grassroots slate voting against even harmless rule changes to tidy up "
        "the wording.",
        # a Scottish executive report, "see X vote against"
        "Scottish executive report\n\nI was puzzled to see Momentum vote against even minor changes removing "
        "references to the European Parliament.",
        # a bulletin, a plain past tense
        "CLP bulletin\n\nThe Momentum delegates voted against rule changes on the selection timetable.",
        # a line break after "voting" (the parse then tags it a noun)
        "NEC report\n\nI was surprised by the Grassroots slate voting\nagainst even minor rule changes to tidy up "
        "the wording of the\nrules on branches.",
        # union minutes, "for" an item
        "Executive council minutes\n\nThe Broad Left bloc voted for proposals on branch funding.",
    ],
)
def test_an_item_others_voted_on_was_put_with_its_outcome_unknown(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.UNKNOWN]


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nThe left voted against the motion.",
        "NEC report\n\nKeir voted for Angela in the ballot for chair.",
        "Branch minutes\n\nTen drivers voted against the strike.",
        "CLP bulletin\n\nThe left voted against Jo's proposal.",
    ],
)
def test_a_vote_on_an_item_already_named_or_on_no_item_puts_none(page: str) -> None:
    assert titled_page_motions(page) == []
