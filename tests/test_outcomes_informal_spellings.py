"""Blog write-ups spell "through" as "thru": "the recommendation went thru", "the motion sailed thru" are carried, as
their full spellings are. Sentences written for these tests; none is quoted from a real page."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        "NEC quick update\n\nThe officers' recommendation went thru after that.",
        "Branch news\n\nThe motion on rents sailed thru.",
        "GC notes\n\nThe rule change was voted thru at the end of the night.",
    ],
)
def test_thru_is_through(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED]
