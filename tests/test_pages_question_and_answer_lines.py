"""A write-up laid out as questions and answers ("Q: Did the executive agree a position?" / "A: Yes ..."): the
question lines are part of the account, not the headlines of other articles, so the report runs on through the
answers and their decisions (round 22). Pages written here as a union rep's Q&A, a councillor's briefing and a
party member's blog; an explainer's question headline with no label still ends a report."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from nec_extract.pipeline import extract

C = Outcome.CARRIED


@pytest.mark.parametrize(
    ("intro", "qa"),
    [
        (
            "Branch rep Tom Ives answers your questions after the executive on 4 June 2025.",
            "Q: Did the executive take a view on the pay offer?\nA: It did. The executive agreed to recommend "
            "rejection of the offer.",
        ),
        (
            "Questions from members after the group meeting, answered by the group secretary.",
            "Q. What happened to the budget amendment?\nA: The group voted to support it, 19 votes to 4.",
        ),
        (
            "Our delegate reports back from the regional committee, in question and answer form.",
            "Question: Anything on the campaign fund?\nAnswer: Yes, the committee approved the grant to the "
            "hospital campaign.",
        ),
    ],
)
def test_a_question_line_does_not_end_the_report(intro: str, qa: str) -> None:
    page = f"Your questions answered\n\n{intro}\n\n{qa}\n"
    reports = extract(page, "t.txt").reports
    assert len(reports) == 1
    assert "A:" in page[reports[0].span.start : reports[0].span.end] or "Answer:" in page
    assert [m.outcome for m in reports[0].motions] == [C]


def test_an_unlabelled_question_headline_still_ends_the_report() -> None:
    page = (
        "Executive report – 4 June 2025\n\nThe executive agreed to back the porters' strike.\n\n"
        "What does the executive do?\n\nMany members ask what the committee is for.\n"
    )
    report = extract(page, "t.txt").reports[0]
    assert "What does the executive do" not in page[report.span.start : report.span.end]
