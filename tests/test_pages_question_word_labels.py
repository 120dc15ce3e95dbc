"""A question word with a colon opens a label of a meeting's details ("When: 15 January 2024, 7pm", "Where:
Unity House", "Who: all members"), not the headline of another article: it does not end the report above, whose
meeting it dates (pages written here as branch minutes, a CLP's meeting notes and a union local's record). A
question headline still ends one ("What is the NEC for?")."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

REST = "Present: 14 members. The branch agreed to support the hospital porters' strike and elected a delegate."


@pytest.mark.parametrize(
    ("heading", "labels", "expected"),
    [
        ("Branch meeting", "When: 15 January 2024, 7pm\nWhere: Unity House", "2024-01-15"),
        ("GC meeting notes", "When: Thursday 7 March 2024\nWhere: the Co-op hall", "2024-03-07"),
        ("Local 21 membership meeting", "Where: the union hall\nWhen: 12 February 2024, 6.30pm", "2024-02-12"),
    ],
)
def test_question_word_labels_are_the_meetings_details(heading: str, labels: str, expected: str) -> None:
    reports = extract(f"{heading}\n{labels}\n{REST}\n", "t.txt").reports
    assert [r.meeting_date.start if r.meeting_date else None for r in reports] == [expected]


def test_a_question_headline_still_ends_the_report() -> None:
    page = (
        "NEC report – 14 March 2023\n\nThe NEC agreed the timetable for the selections and heard from the"
        " Leader on the campaign.\n\nWhat is the NEC for?\n\nMany members ask what the committee does.\n"
    )
    report = extract(page, "t.txt").reports[0]
    assert "What is the NEC for" not in page[report.span.start : report.span.end]
