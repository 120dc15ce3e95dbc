"""A heading that names the meeting's month and then its day without the month ("NEC report, March 2019 (held on the
12th)", "Regional board – May 2022 (meeting on the 17th)") is dated by that day of the month, not the month alone. A day
before the month, or none, leaves the month. Pages written for these tests as NEC and branch reports."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

_BODY = "\n\nThe meeting opened with apologies.\n\nThe committee agreed the budget.\n"


def _meeting(heading: str) -> tuple[str | None, str | None]:
    date = extract(f"{heading}{_BODY}").reports[0].meeting_date
    return (date.start, date.precision.value if date.precision else None) if date else (None, None)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("NEC report, March 2019 (held on the 12th)", ("2019-03-12", "day")),
        ("Regional board – May 2022 (meeting on the 17th)", ("2022-05-17", "day")),
        ("Executive report: October 2018 (we met on the 9th)", ("2018-10-09", "day")),
    ],
)
def test_a_bare_day_after_the_headings_month_is_that_months_day(heading: str, expected: tuple[str, str]) -> None:
    assert _meeting(heading) == expected


def test_the_month_alone_stays_the_month() -> None:
    assert _meeting("NEC report, March 2019") == ("2019-03", "month")
