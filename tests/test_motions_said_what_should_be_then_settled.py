"""A speaker saying what should be done ("Angela Reyes said that we should write to every CLP secretary."), settled by
the next sentence's result pointing back ("This was agreed.") is that proposal decided, told by the first sentence
(round 25, voices25; a candidate left by round 24); the tool used to list a motion whose summary was "." and whose
evidence was the result alone. Not a speaker saying what is so ("said that membership had risen").

Every sentence is written for these tests, in an NEC write-up, union and council minutes, a CLP report and a news
report.
"""

from __future__ import annotations

import pytest

from support import CLP_TITLE as CLP
from support import COUNCIL_TITLE as COUNCIL
from support import NEC_TITLE as NEC
from support import NEWS_TITLE as NEWS
from support import UNION_TITLE as UNION
from support import page_motion_triples as motions

CASES = [
    (
        "Angela Reyes said that we should write to every CLP secretary about the new timetable. This was agreed.",
        NEC,
        "carried",
    ),
    (
        "The Treasurer felt that the branch ought to give £200 to the strike fund. This was agreed without a vote.",
        CLP,
        "carried",
    ),
    (
        "Cllr Moss thought that the group must hold a public meeting on the closures. This was rejected, 8 to 14.",
        COUNCIL,
        "defeated",
    ),
    (
        "Our regional rep said that the executive should publish the ballot timetable. This was agreed.",
        UNION,
        "carried",
    ),
    ("One member said that the union should fund a legal challenge. This was turned down.", NEWS, "defeated"),
]


@pytest.mark.parametrize(("body", "title", "outcome"), CASES)
def test_said_what_should_be_then_settled(body: str, title: str, outcome: str) -> None:
    found = motions(body, title)
    assert len(found) == 1
    summary, decided, evidence = found[0]
    assert decided == outcome
    assert summary.startswith("that ")
    assert evidence == body


def test_said_what_is_so_puts_nothing() -> None:
    assert motions("The General Secretary said that membership had risen since May. This was welcomed.", NEC) == []
