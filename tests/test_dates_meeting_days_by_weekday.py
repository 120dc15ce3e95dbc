"""The days of a meeting of several days named by their weekday ("The Tuesday was mostly conference business
and the Wednesday the rule changes") are the days of the meeting's span on those weekdays
(language/dates/meeting_days.py), on pages written here in several styles. Negatives: the same words under a
meeting of one day, a weekday the span lacks, and "the Tuesday before" name no day of the meeting.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def weekday_days(page: str) -> list[tuple[str, str | None]]:
    reports = extract(page, "test.txt").reports
    assert len(reports) == 1
    return [(m.text, m.start) for m in reports[0].dates if m.text.endswith("day") and m.text[:1].isupper()]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (  # NEC blog
            "Notes from the September NEC (20/21 September 2016)\n\n"
            "The NEC always runs into a second day before conference. The Tuesday was mostly conference business "
            "and the Wednesday the rule changes package, which was agreed late.\n",
            [("Tuesday", "2016-09-20"), ("Wednesday", "2016-09-21")],
        ),
        (  # union conference bulletin, three days
            "Delegate conference report, 14–16 May 2024\n\n"
            "The Tuesday opened with the general secretary's address. On the Thursday the pay motion was carried "
            "by a large majority after a long debate.\n",
            [("Tuesday", "2024-05-14"), ("Thursday", "2024-05-16")],
        ),
        (  # council group away-day minutes
            "Labour Group away day, 8–9 March 2023\n\n"
            "The Wednesday was given over to the budget. The group agreed its priorities on the Thursday, with "
            "housing first.\n",
            [("Wednesday", "2023-03-08"), ("Thursday", "2023-03-09")],
        ),
        (  # CLP minutes of a weekend
            "CLP general meeting and training weekend, 7–8 October 2023\n\n"
            "The Saturday session agreed the campaign plan. The Sunday was the training, which was well attended.\n",
            [("Sunday", "2023-10-08")],
        ),
    ],
)
def test_the_weekday_of_a_meeting_of_several_days_is_its_day(page: str, expected: list[tuple[str, str]]) -> None:
    found = weekday_days(page)
    for day in expected:
        assert day in found


@pytest.mark.parametrize(
    "page",
    [
        (  # a meeting of one day
            "NEC report – 20 September 2016\n\n"
            "The Tuesday was mostly conference business and the motion was carried after a long debate.\n"
        ),
        (  # a weekday the span lacks
            "Labour Group away day, 8–9 March 2023\n\n"
            "The Monday was quiet, the group heard. The budget was agreed with housing first.\n"
        ),
        (  # a day counted from another
            "Delegate conference report, 14–16 May 2024\n\n"
            "The Tuesday before, the executive had met to agree the order paper. The pay motion was carried.\n"
        ),
    ],
)
def test_no_day_of_the_meeting_without_one_on_that_weekday(page: str) -> None:
    assert weekday_days(page) == []
