"""A label line stating a result over a list ("Not approved:", "Rejected:", "Referred to the Finance Committee:",
"Deferred to the next meeting:", "Referred"), or the meeting declining with nothing after its verb ("We didn't
approve:", "The Board did not agree:"), gives each item below it that result, also as the second list of a summary
after an "Agreed" list; a label that states no result ("For information:", "Not decided:", "We did not discuss:")
heads no decisions. Pages written for these tests; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, R, P = Outcome.CARRIED, Outcome.DEFEATED, Outcome.REMITTED, Outcome.DEFERRED


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a party NEC member's round-up
        (
            "Co-op NEC, 4 May 2024 – my report\n\nAgreed\n- The annual accounts\n- Two new Party Councils\n\n"
            "Referred\n- A paper on digital membership cards, for costing\n",
            [C, C, R],
        ),
        # a union executive's minutes
        (
            "Executive Council – 12 June 2024\n\nAgreed:\n- the pay claim for 2025\n- the revised rule book\n\n"
            "Not approved:\n- the proposal to close the regional office\n- the motion from Leeds branch on fees\n",
            [C, C, D, D],
        ),
        # a council committee's decisions
        (
            "Planning Committee – decisions, 3 July 2024\n\nApproved:\n- 24/0113 Station Road, extension\n\n"
            "Deferred to the next meeting:\n- 24/0120 Mill Lane, six new homes\n",
            [C, P],
        ),
        # a board's summary, the sent-on items named with where they went
        (
            "Federal Board summary – 9 March 2024\n\nDecisions:\n- the 2024 budget\n\n"
            "Referred to the Finance Committee:\n- the bid for two more regional staff\n- the conference fees review\n",
            [C, R, R],
        ),
        # a party executive member's update, the meeting declining
        (
            "GPEx report – March 2025\n\nWe approved:\n- the spring campaign budget\n\n"
            "We didn't approve:\n- the proposal to move conference online\n",
            [C, D],
        ),
        # a board's summary, the body named
        (
            "Federal Board report – 9 March 2024\n\nThe Board agreed:\n- the 2024 budget\n\n"
            "The Board did not agree:\n- the bid for two more regional trainers\n",
            [C, D],
        ),
        # rejected items alone
        (
            "Regional executive – 5 October 2024\n\nRejected:\n- the motion to merge the two northern branches\n",
            [D],
        ),
    ],
)
def test_a_result_label_gives_its_items_that_result(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    "page",
    [
        "Executive Council – 12 June 2024\n\nAgreed:\n- the pay claim for 2025\n\n"
        "For information:\n- the membership figures\n- the staffing update\n",
        "Executive Council – 12 June 2024\n\nAgreed:\n- the pay claim for 2025\n\n"
        "Not decided:\n- the future of the regional office\n",
        "GPEx report – March 2025\n\nWe approved:\n- the spring campaign budget\n\n"
        "We did not discuss:\n- the proposal to move conference online\n",
    ],
)
def test_a_label_stating_no_result_heads_no_decisions(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [C]
