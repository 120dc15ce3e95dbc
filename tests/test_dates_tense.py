"""The tense of a date mention's clause (language/dates/tense.py), on sentences written here."""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from support import report_context


def starts(text: str, meeting: str = "2023-03-28") -> list[str | None]:
    return [m.start for m in extract_dates(report_context(text, meeting=meeting, parse=False))]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday the committee agreed to ballot members on the offer.",
        "Early on Monday the executive decided to refer the matter to the regions.",
        "The branch on Monday voted to affiliate to the trades council.",
    ],
)
def test_a_day_before_a_decision_to_act_is_the_day_of_the_decision(sentence: str) -> None:
    # the meeting is on Tuesday 28 March: the Monday of the decision is the day before, not a week on
    assert starts(sentence) == ["2023-03-27"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The committee agreed to meet again on Monday.",
        "Members voted to hold the rally on Monday.",
        "The executive will decide on Monday.",
    ],
)
def test_a_day_after_a_decision_to_act_lies_ahead(sentence: str) -> None:
    assert starts(sentence) == ["2023-04-03"]
