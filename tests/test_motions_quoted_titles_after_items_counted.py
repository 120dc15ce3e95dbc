"""Motions counted ("We had three motions on the agenda.") and then each told under its quoted title ('"Public
ownership of water" – proposed by Grange ward, seconded by Daisy Hollis.'): a line opening with a quoted title is an
item put, not a spokesperson restating a decision, so it takes one of the counted places and its result is its own
(round 22). Pages written here as a CLP's news post, union branch minutes and a trades council report; a quoted
restatement of a decision already told is still listed once."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import one_report

C, D, W = Outcome.CARRIED, Outcome.DEFEATED, Outcome.WITHDRAWN


@pytest.mark.parametrize(
    ("body", "outcomes"),
    [
        (
            "We had three motions on the agenda.\n\n"
            '"Public ownership of water" – proposed by Grange ward, seconded by Daisy Holt. Members spoke on both'
            " sides. When the vote came, the motion was overwhelmingly supported.\n\n"
            '"Winter fuel" – proposed by Owen Tate, seconded by Ruth Chen. Carried 41-6.\n\n'
            '"Local government reorganisation" – proposed by the Executive, who then asked for it to be withdrawn,'
            " and members agreed.",
            [C, C, W],
        ),
        (
            "Two motions came to the branch.\n\n"
            "“Safe staffing” – moved by Kath Rowe. Carried unanimously.\n\n"
            "“Car parking” – moved by Dan Amos. Lost.",
            [C, D],
        ),
    ],
)
def test_each_quoted_title_takes_a_counted_place(body: str, outcomes: list[Outcome]) -> None:
    assert [m.outcome for m in one_report(body).motions] == outcomes


def test_a_quoted_restatement_is_listed_once() -> None:
    body = (
        "The committee agreed to close the Elm Road office.\n\n"
        "A spokesperson said: “The committee has agreed to close the Elm Road office.”"
    )
    assert [m.outcome for m in one_report(body).motions] == [C]
