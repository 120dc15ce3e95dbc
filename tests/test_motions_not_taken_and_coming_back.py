"""An item "not taken" whose sentence sends it on to a later meeting ("The motion on rent controls was not taken; it
goes to the June meeting instead.") is deferred (round 25, voices25); the tool used to read "not taken" followed by a
semicolon or a comma as never put, and listed nothing. "Not taken" alone is still never put (SPEC: a proposal never
put is no motion).

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
from support import page_motions


def motions(body: str, title: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.outcome.value) for m in page_motions(body, title)]


CASES = [
    ("The motion on rent controls from the Unison delegate was not taken; it goes to the June meeting instead.", NEC),
    ("Emergency motion 3, on the hospital closures, was not taken, and it will go to the next meeting.", UNION),
    ("The amendment from the youth officer was not taken; it comes back to the September meeting.", CLP),
    ("A motion from Cllr Peel on street lighting was not taken; it goes to the next meeting.", COUNCIL),
    ("The motion on the pensions dispute was not taken, and it moves to the following meeting.", NEWS),
]


@pytest.mark.parametrize(("body", "title"), CASES)
def test_not_taken_and_sent_on_is_deferred(body: str, title: str) -> None:
    assert [outcome for _, outcome in motions(body, title)] == ["deferred"]


NEAR_MISSES = [
    ("The motion on Trident was not taken.", NEC),
    ("The amendment on staffing was not taken; the chair said it was out of time.", UNION),
]


@pytest.mark.parametrize(("body", "title"), NEAR_MISSES)
def test_not_taken_alone_is_never_put(body: str, title: str) -> None:
    assert motions(body, title) == []
