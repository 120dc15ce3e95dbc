"""A decision not to do something is carried unless it declines the item put (round 19; declined.py's rule, now
also on the parse's path, where the body is named in a way the patterns do not know, e.g. "the SEC" under a heading
that says "Executive"): "voted not to support it", "voted not to endorse the report" defeat the item; "decided not
to hold hustings", "voted not to send delegates" are decisions carried. Sentences written for these tests in several
styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED
_HEADING = "Scottish Labour Executive – report, 10 October 2015\n\n"


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("The SEC decided not to hold hustings for the deputy leadership, given the timescale.", C),
        ("The SEC voted not to send delegates to the rally in London.", C),
        ("The SEC agreed not to publish the review until the spring.", C),
        ("The SEC voted not to endorse the report from the working group.", D),
        ("A motion on fees was moved. The SEC voted not to support it.", D),
    ],
)
def test_a_decision_not_to_act_is_carried_unless_it_declines_the_item(sentence: str, outcome: Outcome) -> None:
    assert [m.outcome for m in titled_page_motions(_HEADING + sentence)][-1:] == [outcome]
