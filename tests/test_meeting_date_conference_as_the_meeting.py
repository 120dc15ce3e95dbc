"""A conference or congress is a meeting: a day tied to it in an account's opening ("Delegates at the union's
rules conference in Blackpool on Thursday 3 July handed ...", "The congress, held in Brighton on 9 September,
voted ...") dates the report, as a day tied to a "meeting" does; a day in a clause on another thing does not.
Pages written for these tests (round 18): a news report on a union's conference, a delegation's report-back, a
CLP's notes."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _meeting(page: str) -> str | None:
    date = extract(page, "test.txt").reports[0].meeting_date
    return date.start if date else None


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # news report with a byline's date: the weekday and day tied to the conference
        (
            "Rail union overturns its leaders\n\nBy our labour correspondent, 4 July 2025\n\nDelegates at the union's "
            "rules conference in Blackpool on Thursday 3 July handed the executive a rare defeat.\n",
            "2025-07-03",
        ),
        # a delegation's report-back, the congress held on a day
        (
            "Report from our delegation\n\nThe congress, held in Brighton on 9 September 2024, voted to back the "
            "pay campaign.\n",
            "2024-09-09",
        ),
        # a CLP's notes: the day of what the conference is to do, in a clause on it
        (
            "CLP notes\n\nMembers discussed the conference, which opens on 22 September 2024.\n",
            None,
        ),
    ],
)
def test_a_day_tied_to_the_conference_dates_it(page: str, expected: str | None) -> None:
    assert _meeting(page) == expected
