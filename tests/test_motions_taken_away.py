"""A mover taking an item back, told by an idiom (issue 13, round 12): "took his amendment away", "took it off the
table", "pulled her motion" withdraw it; "pulled the proposal apart" does not. Sentences written for these tests in
several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "NEC report, 28 January 2025",
            "Gary had tabled an amendment to refer it instead, but once it was clear the unions would not back it, "
            "Gary took his amendment away.",
        ),
        ("Branch minutes, 3 June 2024", "Sister Ade moved an amendment on fees. After the debate she took it away."),
        (
            "Council group notes, 3 March 2025",
            "Cllr Rees moved a motion on allowances. He later took it off the table.",
        ),
        ("CLP GC report, 12 Jan 2024", "Tom proposed a rule change on quorum. In the end Tom pulled his rule change."),
    ],
)
def test_an_item_taken_away_by_its_mover_is_withdrawn(title: str, body: str) -> None:
    assert [m.outcome for m in titled_page_motions(f"{title}\n\n{body}\n")] == [Outcome.WITHDRAWN]


def test_a_proposal_pulled_apart_in_debate_is_not_withdrawn() -> None:
    page = "Branch minutes, 3 June 2024\n\nJo moved a motion on rotas. Some pulled her motion apart; it was carried.\n"
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED]
