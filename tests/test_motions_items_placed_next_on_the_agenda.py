"""An item told as what came next or what the agenda included ("Next came a rule change on ...", "The agenda included
a proposal to ...", "Other items included a paper setting out proposed changes ...") was put to the meeting: a
motion, its result unknown unless told. Not a talk, a meal or a discussion that came next, nor a report the agenda
included (a report is put only when a result follows). Sentences written for these tests in the styles of an NEC
write-up, union executive minutes, a council group report and a news report."""

from __future__ import annotations

import pytest

from support import titled_page_motions


def _outcomes(text: str) -> list[str]:
    page = "Executive meeting, 3 May 2025\n\n" + text + "\n"
    return [m.outcome.value for m in titled_page_motions(page)]


@pytest.mark.parametrize(
    "text",
    [
        "Next came a rule change on trigger ballots.",  # an NEC write-up
        "The agenda included a proposal to merge the two regional offices.",  # union minutes
        "Other items included a paper setting out proposed changes to the councillors' code.",  # a council group
        "Then came an emergency motion from the health branch on pay.",  # union minutes
    ],
)
def test_an_item_placed_next_is_put_with_its_result_unknown(text: str) -> None:
    assert _outcomes(text) == ["unknown"]


def test_an_item_placed_next_takes_the_result_told_of_it() -> None:
    assert _outcomes("Then came the motion from the GMB on pay, which was carried.") == ["carried"]


@pytest.mark.parametrize(
    "text",
    [
        "Next came lunch, and a talk on the motion of the planets.",  # a gap too long: no item put
        "The agenda included a report on the by-elections.",  # a report, with no result
        "There followed a long discussion on the proposal to merge the regions.",  # discussed, not put
    ],
)
def test_what_else_came_next_is_no_motion(text: str) -> None:
    assert _outcomes(text) == []
