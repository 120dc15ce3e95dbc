"""Pages without a meeting heading: "12 March saw the GC meet at the civic centre" says the meeting took place, as
"the GC met" does; "saw the leader speak" does not."""

from __future__ import annotations

import pytest

from nec_extract.page.segment.account import is_meeting_account

TAIL = " Reports from the regions were heard."


@pytest.mark.parametrize(
    "sentence",
    [
        "Apr 22, 2016 saw the GC meet at the union's head office.",
        "Last Tuesday saw our branch committee gather in the library.",
        "The weekend saw the regional executive convene in Leeds.",
    ],
)
def test_a_time_that_saw_the_body_meet_is_an_account(sentence: str) -> None:
    page = f"{sentence}{TAIL}\n"
    assert is_meeting_account(page, 0, len(page))


@pytest.mark.parametrize(
    "sentence",
    [
        "Members saw the council leader speak about the budget.",
        "The weekend saw the campaign meet its target.",
    ],
)
def test_seeing_something_else_is_not(sentence: str) -> None:
    page = f"{sentence}{TAIL}\n"
    assert not is_meeting_account(page, 0, len(page))
