"""Two decisions told as coordinated infinitives when the first one's object holds an infinitive of its own: "agreed
to support the campaign to keep the unit open, and to fund a coach". The parse hangs "to fund" on "keep"; the comma
before "and to" sets it level with "to support", so it is a second decision. Without the comma, or when the
infinitive inside is what the campaign does and nothing follows, one decision. Sentences written for these tests in
several registers; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C = Outcome.CARRIED


@pytest.mark.parametrize(
    ("page", "summaries"),
    [
        (
            "Branch news\n\nDelegates agreed to support the campaign to keep the maternity unit open, and to fund a "
            "coach to the protest.",
            ["to support the campaign to keep the maternity unit open", "to fund a coach to the protest"],
        ),
        (
            "Trades council report – March 2023\n\nDelegates voted to back the petition to save the bus route, and to "
            "invite the campaign's organiser to the next meeting.",
            ["to back the petition to save the bus route", "to invite the campaign's organiser to the next meeting"],
        ),
        (
            "Union branch minutes\n\nMembers decided to join the alliance to stop the library closures, and to send "
            "two delegates to its conference.",
            ["to join the alliance to stop the library closures", "to send two delegates to its conference"],
        ),
    ],
)
def test_an_infinitive_after_a_comma_and_to_is_a_second_decision(page: str, summaries: list[str]) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [C, C]
    assert [m.summary for m in motions] == summaries


@pytest.mark.parametrize(
    "page",
    [
        "Branch news\n\nDelegates agreed to support the campaign to keep the maternity unit open.",
        "Trades council report – March 2023\n\nDelegates voted to back the petition to save the bus route and protect "
        "the evening services.",
    ],
)
def test_an_infinitive_inside_the_object_alone_is_no_second_decision(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [C]
