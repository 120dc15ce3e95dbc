"""A plan told in the past perfect ("had been due in March", "had been expected in March", "had been scheduled for
March") lies behind the meeting, as "was due in March" does: a yearless month so told takes the year before a May
meeting's, not the next. "is due in March" still looks ahead. Pages written for these tests as council minutes, a
union branch's notes and a CLP's report; none is quoted from a real page."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _months(sentence: str) -> list[str | None]:
    page = (
        "Minutes of the meeting of the Parks Committee held on Tuesday 21 May 2024 at 7pm\n\n"
        f"1. {sentence}\n\n2. The committee agreed the grounds maintenance contract.\n"
    )
    return [d.start for d in extract(page).reports[0].dates if d.text == "March"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The first meeting had been due in March but was postponed because of the flooding.",
        "The auditors’ report had been expected in March and was late.",
        "The hustings had been scheduled for March, before the candidates withdrew.",
    ],
)
def test_a_plan_in_the_past_perfect_lies_behind_the_meeting(sentence: str) -> None:
    assert _months(sentence) == ["2024-03"]


def test_a_plan_in_the_present_still_looks_ahead() -> None:
    assert _months("The next report is due in March.") == ["2025-03"]
