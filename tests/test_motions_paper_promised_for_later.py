"""A paper promised for a later meeting is no motion (SPEC: Motions; items merely discussed are not motions): "A
paper will come back in the new year" after a discussion, or a listed item under "Decisions" that says only "terms
of reference to come to the next meeting". A new paper (its determiner says it is not yet written) was never put, so
nothing was deferred. Before round 28 the first gave a deferred report and the second a carried item. An item the
meeting had before it that comes back later ("The paper on the lease will come back", "held over, and will come back
in March") is still deferred. Sentences written here as an NEC write-up, union branch minutes, council minutes, CLP
minutes and a news report."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import one_report


@pytest.mark.parametrize(
    "body",
    [
        # an NEC member's write-up
        "We talked about the future of the regional offices at some length. A paper will come back in the new year.",
        # union branch minutes
        "5. Hardship fund\nThe treasurer outlined the pressures on the fund. A fuller report will return to the March "
        "meeting.",
        # council minutes, a decisions list
        "Decisions\n- Parking review: terms of reference to come to the next meeting.\n- Allotment fees: a revised "
        "paper to follow.",
        # CLP minutes
        "Members raised the cost of the hall hire. Some costings will come back next month.",
        # a news report
        "Executive members spent an hour on the merger talks. A detailed paper is to come back in the autumn, a "
        "spokesperson said.",
    ],
)
def test_a_paper_promised_for_later_is_no_motion(body: str) -> None:
    assert one_report(body).motions == []


@pytest.mark.parametrize(
    "body",
    [
        "The paper on the office lease will come back in the new year.",
        "The motion on rail fares was held over, and will come back in March.",
        "Decisions\n- The motion on bus fares: deferred to the next meeting.",
    ],
)
def test_an_item_put_that_comes_back_later_is_deferred(body: str) -> None:
    assert [m.outcome for m in one_report(body).motions] == [Outcome.DEFERRED]
