"""One digest or minutes line telling two items each with its own result ("Amendment on the parking charges
defeated, substantive motion carried"): two motions, each with its result, not one motion with the last result. Kind
seen on told29 dev d06 (noted by its helper) and tallied29 dev d03 (two writers). Sentences written for these tests;
none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import page_motions


def _results(body: str, title: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.outcome.value) for m in page_motions(body, title)]


@pytest.mark.parametrize(
    ("title", "body", "results"),
    [
        # council minutes, summary of decisions
        (
            "Minutes of the Full Council held on 22 May 2025",
            "Summary of decisions\n- Amendment on the parking charges defeated, substantive motion carried",
            [("amendment", "defeated"), ("motion", "carried")],
        ),
        # regional board digest
        (
            "Regional Board – record of decisions, 2 December 2025",
            "Digest\n- Amendment on delegate quotas lost; main motion agreed",
            [("amendment", "defeated"), ("motion", "carried")],
        ),
        # NEC write-up bullets
        (
            "NEC report, 9 September 2025",
            "In brief:\n• Rule change on CLP quotas carried, our amendment to it lost",
            [("rule_change", "carried"), ("amendment", "defeated")],
        ),
        # union executive minutes
        (
            "Minutes of the Executive Council, 4 March 2025",
            "Motion 3 on the pay claim was carried, and the amendment from the North West was withdrawn.",
            [("motion", "carried"), ("amendment", "withdrawn")],
        ),
    ],
)
def test_each_item_of_a_two_result_line_is_its_own_motion(
    title: str, body: str, results: list[tuple[str, str]]
) -> None:
    assert _results(body, title) == results


@pytest.mark.parametrize(
    "body",
    [
        # another body's results
        "At conference last year the housing motion was carried, and the amendment on rents was lost.",
        # plans, not results
        "Next month: the budget motion to be moved, the rule change on quotas to be debated.",
    ],
)
def test_two_results_of_another_time_or_a_plan_give_nothing(body: str) -> None:
    assert page_motions(body, "NEC report, 9 September 2025") == []
