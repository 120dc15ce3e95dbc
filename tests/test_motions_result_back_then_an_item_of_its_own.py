"""A sentence whose first clause settles what the sentence before put or argued for, by a pronoun, and whose later
clause names another item with a result of its own (round 25, voices25): "We tried to send the paper back. We lost,
21-12, and the whole paper was then approved." is two decisions, the attempt (defeated, with the tally) and the paper
(carried); the tool used to give the attempt the last result and drop the paper. Not when the later clause names no
item ("..., and the usual suspects cheered") nor when it tells something other than a result ("..., and the General
Secretary will write to the regions").

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
    return [(m.outcome.value, m.evidence.text) for m in page_motions(body, title)]


CASES = [
    (
        "Left members tried to strip out the clause on shortlists. They lost, 21-12, and the whole paper was then "
        "approved on a show of hands.",
        NEC,
        [("defeated", None), ("carried", "the whole paper was then approved on a show of hands.")],
    ),
    (
        "Cllr Amos asked that the consultation be extended to eight weeks. This was rejected, and the cabinet report "
        "was then approved unanimously.",
        COUNCIL,
        [("defeated", None), ("carried", "the cabinet report was then approved unanimously.")],
    ),
    (
        "The left tried to send the rule change back to the working group. They lost 11-23, and the rule change was "
        "agreed on a show of hands.",
        CLP,
        [("defeated", None), ("carried", "the rule change was agreed on a show of hands.")],
    ),
    (
        "Delegates from the rail unions tried to delay the strategy until the spring. They were defeated, and the "
        "strategy was adopted with two abstentions.",
        UNION,
        [("defeated", None), ("carried", "the strategy was adopted with two abstentions.")],
    ),
    (
        "Two executive members tried to hold the pay offer back for a members' consultation. They were beaten 9-25, "
        "and the recommendation to accept was then agreed.",
        NEWS,
        [("defeated", None), ("carried", "the recommendation to accept was then agreed.")],
    ),
]


@pytest.mark.parametrize(("body", "title", "expected"), CASES)
def test_result_back_then_an_item_of_its_own(body: str, title: str, expected: list[tuple[str, str | None]]) -> None:
    found = motions(body, title)
    assert [outcome for outcome, _ in found] == [outcome for outcome, _ in expected]
    for (_, evidence), (_, wanted) in zip(found, expected, strict=True):
        assert wanted is None or evidence == wanted


NEAR_MISSES = [
    # the later clause names no item: the one result is the attempt's
    ("We tried to refer the minutes back. We lost, 20-14, and the usual suspects cheered.", NEC),
    # the later clause tells what follows, no result
    ("I asked that the minutes record our objection. This was agreed, and the General Secretary will write.", UNION),
    ("I asked that the code of conduct be published. It was agreed, and publication will follow in May.", CLP),
]


@pytest.mark.parametrize(("body", "title"), NEAR_MISSES)
def test_one_result_and_no_item_after_it(body: str, title: str) -> None:
    assert len(motions(body, title)) <= 1
