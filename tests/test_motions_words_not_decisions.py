"""Words that read as a decision and are none (round 21, kinds21): members raising something ("Members raised the
cost of the new system"), an agreement not reached, people elected before described by a participle ("Members
elected in May took their seats"), an officer's undertaking ("..., which the General Secretary agreed to bring back
in July"). Every sentence is written for these tests, in NEC write-up, union, council and CLP voices and a news
report's; near-misses that are decisions stay so.
"""

from __future__ import annotations

import pytest

from support import page_outcomes

NEC = "NEC report – 12 March 2024"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
COUNCIL = "Minutes of the Full Council meeting, 9 July 2024"
CLP = "Riverside CLP General Committee – 3 May 2024"
NEWS = "Union executive backs new strike fund"


RAISED = [
    ("Members raised the cost of the new membership system.", NEC, []),
    ("Delegates raised the motion on rail fares again.", CLP, []),
    ("Members raised £400 for the hardship fund at the social.", UNION, []),
    ("Several councillors raised the closure of the Northgate library.", COUNCIL, []),
    ("Members raised the proposal again, without a vote.", CLP, []),
    # near-misses: a value the body sets, or a change said with its amount
    ("The committee raised the membership fee.", UNION, ["carried"]),
    ("The NEC raised the levy from 1% to 2%.", NEC, ["carried"]),
    ("The GC lowered the threshold for nominations.", CLP, ["carried"]),
]

NOT_REACHED = [
    ("Agreement was not reached on the budget.", NEC, []),
    ("Agreement was never reached on the rota for the stall.", CLP, []),
    ("Approval was not given to the new rates.", COUNCIL, []),
    ("The executive failed to reach agreement on the timetable.", UNION, []),
    ("There was no agreement on the rule change.", NEC, []),
    ("Agreement on the budget was not reached.", UNION, []),
    ("A consensus on the rota was not reached.", CLP, []),
    ("The motion on rail was not reached.", CLP, ["withdrawn"]),
    # near-misses
    ("Agreement was reached on the rota for the stall.", CLP, ["carried"]),
    ("The NEC reached agreement on the timetable.", NEC, ["carried"]),
]

ELECTED_BEFORE = [
    ("Members elected at the May AGM took their seats on the committee.", CLP, []),
    ("The two councillors elected in May joined the group for the first time.", COUNCIL, []),
    ("Delegates elected to the panel last year were thanked for their work.", UNION, []),
    ("Members elected to the executive in May took their places.", UNION, []),
    # near-misses: the meeting choosing
    ("The committee elected Jo Reid as chair.", UNION, ["carried"]),
    ("The NEC elected Sam Lee as vice chair.", NEC, ["carried"]),
]

UNDERTAKINGS = [
    ("The disputes paper was discussed, which the General Secretary agreed to bring back in July.", NEC, []),
    ("Two of us asked for a mid-year review, which the Finance Coordinator agreed to bring in July.", CLP, []),
    ("Questions were asked about the lease, which the Secretary agreed to report on next time.", UNION, []),
    # near-misses: the meeting's own decision, and an item's result
    ("The NEC agreed to bring the paper back in July.", NEC, ["deferred"]),
    ("The motion on rail was deferred, which the General Secretary agreed to bring back in July.", NEC, ["deferred"]),
    ("The Chair agreed to withdraw the motion.", CLP, ["withdrawn"]),
]


@pytest.mark.parametrize(("body", "title", "expected"), RAISED + NOT_REACHED + ELECTED_BEFORE + UNDERTAKINGS)
def test_words_not_decisions(body: str, title: str, expected: list[str]) -> None:
    assert page_outcomes(body, title) == expected
