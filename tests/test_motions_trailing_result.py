"""An act on a thing told in the passive, then its result alone after a comma (issue 13, round 9c): "The recognition
agreement with the staff unions was renewed for three years, agreed unanimously" decides the renewal, though
"agreement" is no motion noun. Sentences written for these tests in several styles; none is quoted from a real page
or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED
_OPENING = "The meeting opened with apologies. "


@pytest.mark.parametrize(
    ("page", "outcome", "named"),
    [
        (
            "NEC report\n\n" + _OPENING + "The lease on the head office was then extended to 2028, agreed unanimously.",
            C,
            "lease on the head office",
        ),
        (
            "Branch minutes\n\n" + _OPENING + "The facility time agreement with the trust was renewed for two years, "
            "agreed without a vote.",
            C,
            "facility time agreement",
        ),
        (
            "Council minutes\n\n" + _OPENING + "The contract for grass cutting was awarded to a local firm, carried by "
            "30 votes to 12.",
            C,
            "contract for grass cutting",
        ),
        (
            "CLP minutes\n\n" + _OPENING + "The affiliation fee to the trades council was doubled, defeated 9-14.",
            D,
            "affiliation fee",
        ),
        (
            "Local news\n\n" + _OPENING + "Our twinning link with the French town was ended, approved by a narrow "
            "margin.",
            C,
            "twinning link",
        ),
    ],
)
def test_an_act_told_in_the_passive_then_its_result_is_the_item_decided(
    page: str, outcome: Outcome, named: str
) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [outcome]
    assert named in motions[0].evidence.text


@pytest.mark.parametrize(
    "page",
    [
        # the meeting was told something: no act on a thing
        "NEC report\n\n" + _OPENING + "The meeting was told the office would close, agreed by everyone present.",
        # the result is an undertaking to do something else
        "Branch minutes\n\n" + _OPENING + "The hall was booked for June, agreed to look again in May.",
        # a person thanked, not an item
        "CLP minutes\n\n" + _OPENING + "The outgoing secretary was thanked for her work, agreed warmly.",
        # no comma: the act and a result of something else
        "Local news\n\n" + _OPENING + "The road was closed and the residents agreed.",
    ],
)
def test_no_act_on_an_item_or_no_result_of_it_is_no_motion(page: str) -> None:
    assert titled_page_motions(page) == []
