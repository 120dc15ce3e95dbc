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


@pytest.mark.parametrize(
    "sentence",
    [
        "Hustings were held on 21 June in every region.",  # a union's elections
        "The count took place on 21 June.",  # a news report
        "The regional AGM was held on 21 June at the Civic Centre.",  # CLP minutes
    ],
)
def test_an_event_said_to_have_been_held_lies_before_the_meeting(sentence: str) -> None:
    # the meeting is on 28 March 2023: 21 June said as held is last June, not the coming one
    assert starts(sentence) == ["2022-06-21"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hustings will be held on 21 June in every region.",
        "The count, which took place last year, will be repeated on 21 June.",  # the cue nearest the day wins
    ],
)
def test_an_event_to_be_held_lies_ahead(sentence: str) -> None:
    assert starts(sentence)[-1] == "2023-06-21"
