"""A result label ending in a colon over a list ("Not agreed:", "Referred back:", "Deferred:") heads the items below
it with the result its words say; it is no result of the last item of the list above ("Agreed: - A; - B. / Not
agreed: - C" is A and B carried, C defeated). Pages written for these tests in several styles; none is quoted from a
real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, R, P = Outcome.CARRIED, Outcome.DEFEATED, Outcome.REMITTED, Outcome.DEFERRED


@pytest.mark.parametrize(
    ("page", "outcomes"),
    [
        # a Scottish executive write-up: two labelled lists
        (
            "Scottish Executive Committee report\n\nThe SEC met in Perth.\n\nAgreed:\n- the shortlists for the "
            "Fife seats;\n- that the policy forum meet twice before conference.\n\nNot agreed:\n- the proposal to "
            "close the branch waiting list.\n",
            [C, C, D],
        ),
        # union executive minutes: numbered items under labels
        (
            "Executive Council minutes\n\nApproved:\n1. The budget for the organising fund.\n2. The strike fund "
            "top-up.\n\nReferred back:\n1. The paper on regional offices.\n",
            [C, C, R],
        ),
        # a faction's committee round-up: bullets under three labels
        (
            "Steering committee round-up\n\nDecisions:\n• A joint fringe with the Co-op Party.\n• The slate for the "
            "youth elections.\n\nDeferred:\n• The membership fee review.\n\nRejected:\n"
            "• A levy on councillors' allowances.\n",
            [C, C, P, D],
        ),
        # a news report's summary box
        (
            "What the council decided\n\nPassed:\n- A freeze on parking charges.\n\nDefeated:\n- The opposition's "
            "call to reopen the depot.\n- A review of the mayor's allowance.\n",
            [C, D, D],
        ),
    ],
)
def test_a_result_label_heads_the_list_below_it(page: str, outcomes: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == outcomes


@pytest.mark.parametrize(
    ("page", "outcomes"),
    [
        # not a label over a list: the line settles the item just put
        ("Branch meeting\n\nA motion on bus fares was moved by Jo Hart.\nCarried.\n", [C]),
        # a label that decides nothing heads no decisions
        (
            "NEC report\n\nAgreed:\n- the timetable for selections.\n\nFor information:\n- the staffing report.\n",
            [C],
        ),
    ],
)
def test_near_misses(page: str, outcomes: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == outcomes
