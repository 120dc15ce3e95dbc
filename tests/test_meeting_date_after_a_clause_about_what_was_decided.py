"""A news report's lede often gives the meeting's day after a relative clause about what was decided ("has agreed
rules that will give members more say, at a meeting on Tuesday 20 September"): the future of that clause is the
decision's, not the meeting's, and the day after the comma is the meeting's. A future in the main clause ("We will
take it up again, at a meeting on 3 October") still names a meeting to come. Sentences written here: a news
report, union executive news, council news, a CLP's report."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _meeting_date(sentence: str) -> str | None:
    page = f"Executive news\n\nJo Smith | 21 September 2022\n\n{sentence}\n\nThe package passed by 25 votes to 10.\n"
    [report] = extract(page, "test.txt").reports
    return report.meeting_date.start if report.meeting_date else None


@pytest.mark.parametrize(
    "sentence",
    [
        "Labour's ruling body has agreed rules that will give members more say, at a meeting on Tuesday 20 September.",
        "The executive has backed a pay claim which will go to a ballot next month, following a meeting on 20 "
        "September.",
        "Councillors approved a budget that will raise council tax by 3%, at a meeting on Tuesday 20 September.",
        "The NEC agreed the rules it will put to conference, after a meeting on Tuesday 20 September.",
        "The general committee chose a motion that would go to regional conference, at its meeting on 20 September.",
    ],
)
def test_the_day_after_a_clause_about_the_decision_is_the_meetings(sentence: str) -> None:
    assert _meeting_date(sentence) == "2022-09-20"


@pytest.mark.parametrize(
    "sentence",
    [
        "We will take the matter up again, at a meeting on 3 October.",
        "The NEC will decide, at its meeting on 3 October.",
        "The branch will elect its delegates, following a meeting on 3 October.",
    ],
)
def test_a_future_main_clause_still_names_a_meeting_to_come(sentence: str) -> None:
    assert _meeting_date(sentence) is None
