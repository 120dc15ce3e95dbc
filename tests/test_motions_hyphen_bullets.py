"""Items bulleted with a hyphen or a dash (issue 13, round 12): "- Motion 11 (Cardiff), on pay: withdrawn" is the
item and its result as "• Motion 11 ..." is; the marker is no word of the summary. Lines written for these tests in
several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

_INTRO = "The executive took the motions sent in by branches."


@pytest.mark.parametrize("marker", ["-", "–", "—", "•", "*"])
def test_a_bulleted_item_with_a_comma_or_bracket_after_its_name_is_decided(marker: str) -> None:
    page = (
        f"Union executive news, 8 Feb 2025\n\n{_INTRO}\n\n"
        f"{marker} Motion 9 (Kent), seeking affiliation to the Assembly: fell, 8 for and 20 against.\n"
        f"{marker} Motion 11 (Cardiff), on hybrid working: withdrawn by the branch, the matter being settled.\n"
        f"{marker} Emergency motion 2, on the pay offer: referred to the Pay Committee.\n"
    )
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [Outcome.DEFEATED, Outcome.WITHDRAWN, Outcome.REMITTED]
    assert all(not m.summary.startswith(marker) for m in motions)


@pytest.mark.parametrize(
    "line",
    [
        "- Proposal from Ward 3, to move the meeting to Thursdays: lost.",
        "- Amendment (Cllr Shah), to add a clause on rents: carried.",
        "– Rule change 4, on quorum: carried.",
    ],
)
def test_one_hyphen_bulleted_item_in_minutes(line: str) -> None:
    motions = titled_page_motions(f"Minutes of the General Committee, 4 April 2024\n\n{line}\n")
    assert len(motions) == 1
    assert motions[0].outcome in (Outcome.CARRIED, Outcome.DEFEATED)
    assert not motions[0].summary.startswith(("-", "–"))


def test_a_hyphen_bulleted_line_with_no_result_is_no_motion() -> None:
    page = "GC minutes, 4 April 2024\n\n- Motion 11 (Cardiff), on hybrid working: to be taken later.\n"
    assert titled_page_motions(page) == []
