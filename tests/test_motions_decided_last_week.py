"""A decision told with the day it was taken between the verb and what was decided: "Delegates voted last Thursday to
...", "The board voted at its meeting to ...", "voted this morning to ...". A news report's lede says "last Thursday"
of the meeting itself, as it says "last night" or "yesterday": with no date of the meeting to compare, that is no
earlier time. "Last week" stays an earlier time (a past reference, "Jo Reid was elected leader of the county council
last week" in a branch's report), as "last month", "last year" and "the previous week" do. Sentences written for
these tests in several registers; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C = Outcome.CARRIED


@pytest.mark.parametrize(
    "page",
    [
        "Trades council votes to affiliate\n\nDelegates voted last Thursday to affiliate to the People's Assembly.",
        "Party news\n\nThe board voted at its meeting to open nominations for the deputy leadership.",
        "Union news\n\nThe executive voted this morning to accept the revised pay offer.",
        "Council news\n\nThe cabinet agreed last Thursday to extend the library opening hours.",
        "Group news\n\nThe group voted on Monday night to remove the whip from two councillors.",
    ],
)
def test_the_day_or_week_of_the_meeting_between_verb_and_decision(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [C]


@pytest.mark.parametrize(
    "page",
    [
        "Branch news\n\nThe committee agreed last month to affiliate to the campaign. Tonight it heard from the "
        "campaign's organiser.",
        "Branch news\n\nThe committee agreed last year to affiliate to the campaign. Tonight it heard from the "
        "campaign's organiser.",
        "Branch news\n\nThe committee had agreed the previous week to affiliate to the campaign. Tonight it heard "
        "from the campaign's organiser.",
    ],
)
def test_last_month_or_year_is_still_an_earlier_time(page: str) -> None:
    assert titled_page_motions(page) == []
