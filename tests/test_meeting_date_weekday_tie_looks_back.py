"""Meeting dates: a weekday with its day and month and no year ("met on Tuesday 20 September") falls on that weekday
in two years as near the page's year (2016 and 2022 for a page of 2019); a meeting told of lies behind the page,
so the earlier is its year, unless the clause looks ahead."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Branch report\nPosted 2 March 2019\n\nThe executive met on Tuesday 20 September and agreed the pay "
            "claim. Jo Ray moved it.\n",
            "2016-09-20",
        ),
        (
            "NEC report 2019\n\nThe NEC met on Wednesday 12 October. Jan Cole gave the General Secretary's "
            "report and the committee noted it.\n",
            "2016-10-12",
        ),
        (
            "Council group minutes, 2019\n\nThe Labour group gathered on Monday 14 March in the members' room. "
            "Cllr Amir Shah reported on the budget.\n",
            "2016-03-14",
        ),
        (
            "CLP news – 2019\n\nOn Wednesday 18 May our general committee heard from the candidate, Dee Marsh, "
            "about the campaign.\n",
            "2016-05-18",
        ),
    ],
)
def test_a_meeting_told_of_takes_the_earlier_of_two_years_as_near(page: str, expected: str) -> None:
    assert meeting_dates(page) == [expected]


def test_the_weekday_s_own_year_nearest_the_page_is_kept() -> None:
    """No tie: 20 September 2022 is the only Tuesday near a page of 2022."""
    page = "Branch report\nPosted 30 September 2022\n\nThe executive met on Tuesday 20 September.\n"
    assert meeting_dates(page) == ["2022-09-20"]
