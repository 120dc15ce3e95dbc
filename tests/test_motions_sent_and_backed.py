"""Two readings of a decision's outcome (issue 13, round 7), sentences written for these tests in several styles,
none quoted from a real page or a probe page:

- a that-clause sending a NEW thing ("agreed that a letter be sent to the MP") is a decision carried; only an item
  already there ("that the motion be referred to ...") is remitted or deferred;
- the body's stance on an item a person put ("The NEC supported the General Secretary's proposals", "Delegates
  opposed Unite's amendment") is the item's outcome, not a mover's item left open.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, R, F, U = Outcome.CARRIED, Outcome.DEFEATED, Outcome.REMITTED, Outcome.DEFERRED, Outcome.UNKNOWN


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Branch minutes\n\nThe meeting agreed that a letter should be sent to the council.", [C]),
        ("CLP minutes\n\nIt was agreed that a message of support be sent to the striking nurses.", [C]),
        ("Ward minutes\n\nRESOLVED that an invitation be sent to the local MP to address the next meeting.", [C]),
        ("Union minutes\n\nThe executive agreed that copies of the report should be sent to every branch.", [C]),
        # an item already there is still remitted or deferred
        ("Union minutes\n\nThe executive agreed that the motion be referred to the regional committee.", [R]),
        ("Council minutes\n\nRESOLVED that the application be deferred to the next meeting.", [F]),
        ("CLP minutes\n\nIt was agreed that the matter be referred back to the officers.", [R]),
    ],
)
def test_a_new_thing_sent_is_carried(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("NEC report\n\nThe NEC supported the General Secretary's proposals for the regional offices.", [C]),
        ("Group minutes\n\nThe group backed Jane Smith's amendment on the housing list.", [C]),
        ("Conference report\n\nDelegates opposed Unite's proposals on the timetable.", [D]),
        ("Branch news\n\nThe executive voted against the Treasurer's proposal to cut the hardship fund.", [D]),
        # the author's own stance is no result; one told after it is
        ("NEC report\n\nWe supported Jane Smith's amendment, which was lost.", [D]),
        ("CLP minutes\n\nJane Smith's motion on housing was discussed.", [U]),
    ],
)
def test_the_body_on_an_item_a_person_put(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected
