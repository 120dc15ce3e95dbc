"""A decision label over an item that was only noted ("Decision: noted.", "Decision: Cabinet noted the performance
report.", "Decision: received and noted"): noting decides nothing (SPEC: Motions), so no motion; a label whose words
also decide something stays a motion. Sentences written for these tests in the registers of council decision records,
union minutes, CLP minutes and an NEC write-up; none is quoted from a real page or a probe page."""

from __future__ import annotations

import pytest

from support import one_report


@pytest.mark.parametrize(
    "body",
    [
        # a council's record of decisions
        "4 PERFORMANCE REPORT – QUARTER 3\nThe Director introduced the report.\nDecision: noted.",
        "12 TREASURY MANAGEMENT\nDecision: Cabinet noted the annual treasury report.",
        # union branch minutes
        "3. Regional Council report\nDecision: received and noted.",
        # CLP minutes
        "Item 5 – Campaign update\nDecision: Members noted the update from the organiser.",
        # an NEC member's write-up set out as minutes
        "General Secretary's report\nDecision: the NEC noted the report.",
    ],
)
def test_a_label_over_an_item_only_noted_is_no_motion(body: str) -> None:
    assert one_report(body).motions == []


@pytest.mark.parametrize(
    "body",
    [
        "7 LIBRARY REVIEW\nDecision: noted, and the recommendations agreed.",
        "8 PAVEMENT LICENCES\nDecision: noted the report and agreed to write to the Minister.",
        "9 PAY POLICY STATEMENT\nDecision: agreed.",
        "4. Branch budget\nAGREED: the budget be adopted.",
    ],
)
def test_a_label_that_also_decides_stays_a_motion(body: str) -> None:
    assert [m.outcome.value for m in one_report(body).motions] == ["carried"]
