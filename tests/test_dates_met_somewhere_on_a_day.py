"""A meeting's verb with its place between it and the day ("met in London on Wednesday", "met at Unity House on
Saturday", "met online on Tuesday") says when the meeting was, as "met on Wednesday" does: a plan named later
in the sentence ("to finalise the timetable for next week's conference") does not move the day ahead. Sentences
written here: a news report, union executive news, council group news, a CLP's report."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _meeting_and_days(sentence: str) -> tuple[str | None, list[str | None]]:
    page = f"Committee news\n\nBy Jo Smith | 19 September 2025\n\n{sentence}\n\nThe timetable was approved.\n"
    [report] = extract(page, "test.txt").reports
    days = [mention.start for mention in report.dates if mention.text.startswith(("Wednesday", "Tuesday"))]
    return (report.meeting_date.start if report.meeting_date else None), days


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "The Conference Arrangements Committee met in London on Wednesday to finalise the timetable for next "
            "week's conference.",
            "2025-09-17",
        ),
        ("The executive met at Unity House on Wednesday to plan next month's strike days.", "2025-09-17"),
        ("Labour councillors met online on Tuesday to agree their amendments for next week's budget.", "2025-09-16"),
        ("The general committee met in the Co-op hall on Tuesday to pick delegates for next week.", "2025-09-16"),
    ],
)
def test_a_place_between_the_verb_and_the_day_keeps_the_day_past(sentence: str, day: str) -> None:
    assert _meeting_and_days(sentence) == (day, [day])


def test_a_meeting_to_come_somewhere_stays_ahead() -> None:
    meeting, days = _meeting_and_days("The committee will meet in London on Wednesday to finalise the timetable.")
    assert meeting is None
    assert days == ["2025-09-24"]
