"""A decision told as the plan it makes or the step that now follows from it (round 12): "We are to hold a ballot on
the new constitution", "The NEC is now to hold an inquiry", "The branch will now affiliate to the trades council".
Every sentence is written for these tests, in branch, CLP, NEC, Green and council voices, with negatives: a plan of
someone else, a step that is no act chosen ("will now be able to", "are to meet again"), a question, a refusal.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

NEC = "NEC report – 12 March 2024"
CLP = "Hornsey CLP General Committee – report of the meeting of 3 April 2024"
BRANCH = "Northside branch meeting, 14 May 2024"
GREEN = "Green Party Executive report, 2 March 2024"
COUNCIL = "Minutes of the meeting of Full Council held on 8 July 2024"


def outcomes(body: str, title: str) -> list[str]:
    document = extract(f"{title}\n\nThe meeting was well attended.\n\n{body}\n", "page.txt")
    return [m.outcome.value for r in document.reports for m in r.motions]


PLANS = [
    ("We are to hold a ballot on the new constitution.", BRANCH, ["carried"]),
    ("The branch will now affiliate to the local trades council.", BRANCH, ["carried"]),
    ("The Executive is to write to the leader about the selection rules.", GREEN, ["carried"]),
    ("The NEC is now to hold an inquiry into the leak.", NEC, ["carried"]),
    ("Delegates will now send a letter of support to the strikers.", CLP, ["carried"]),
    ("Councillors are to commission an independent review of the scheme.", COUNCIL, ["carried"]),
    ("The leader is to visit the constituency in May.", NEC, []),
    ("Members will now be able to vote online.", CLP, []),
    ("We are to meet again in July.", BRANCH, []),
    ("We will now have to fight the cuts on the streets.", BRANCH, []),
    ("What are we to do about the falling membership?", CLP, []),
    ("The NEC will now consider the report at its next meeting.", NEC, []),
    ("The review is to report in the autumn.", GREEN, []),
    ("We are not to hold a ballot this year.", BRANCH, []),
    ("We will now campaign to reverse this decision at conference.", NEC, []),
    ("The Executive will now break for lunch.", GREEN, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), PLANS)
def test_a_decision_told_as_the_plan_it_makes(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


AFTER_A_DECISION = [
    (
        "The motion to affiliate to the trades council was carried. The branch will now affiliate to the trades"
        " council.",
        BRANCH,
        ["carried"],
    ),
    ("We agreed to hold a ballot on the new constitution. We are to hold it in June.", CLP, ["carried"]),
    ("The NEC voted to hold an inquiry. It is to report by the summer.", NEC, ["carried"]),
    (
        "We are to hold a ballot on the constitution. We are also to send two delegates to the regional conference.",
        BRANCH,
        ["carried", "carried"],
    ),
    ("There was a long debate on the constitution. We are to hold a ballot on it in June.", CLP, ["carried"]),
]


@pytest.mark.parametrize(("body", "title", "expected"), AFTER_A_DECISION)
def test_a_plan_after_a_decision_is_its_consequence_not_another(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected
