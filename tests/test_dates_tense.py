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


@pytest.mark.parametrize(
    "sentence",
    [
        "The NEC voted on Monday to suspend the councillor until the investigation ends.",
        "The executive agreed on Monday to hold a special conference in the spring.",
        "The branch resolved on Monday to put off the ballot until the spring.",
        "The council decided on Monday that the libraries will close.",
    ],
)
def test_a_day_right_after_a_decision_verb_is_the_day_it_was_taken_whatever_it_decided_on(sentence: str) -> None:
    # the meeting is on Tuesday 28 March: the nearest Monday, not one a week on because of "until" or "will"
    assert starts(sentence) == ["2023-03-27"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The executive will decide on Monday whether to ballot.",  # a decision still to come
        "The committee voted to meet again on Monday.",  # the day of what was decided on
    ],
)
def test_a_day_of_a_decision_to_come_or_of_what_was_decided_lies_ahead(sentence: str) -> None:
    assert starts(sentence) == ["2023-04-03"]
