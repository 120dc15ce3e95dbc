"""An account of one meeting under a headline that names no body but ends with its date after a dash, a colon or
in brackets ("Report back – 21 January 2020", "Cabinet notes: 14 March 2019", "Tough choices ahead (March 2019)") is
dated by that headline, as a title's date dates its report; not by a byline's date ("Jo Bloggs – 14 March 2019"),
a meeting to come ("Next meeting – 5 May 2020") or a stamp alone on its line. A day the body ties to the meeting
still comes first. Pages written for these tests as a branch secretary's report-back, a council's cabinet notes
and a campaign group's blog; none is quoted from a real page."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

_BODY = (
    "\n\nIt was a long meeting, but we got through the agenda.\n\n"
    "The treasurer reported a small surplus.\n\nThe committee agreed to back the strike.\n"
)


def _meeting(page: str) -> tuple[str | None, str | None]:
    date = extract(page).reports[0].meeting_date
    return (date.start, date.precision.value if date.precision else None) if date else (None, None)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Report back – 21 January 2020", ("2020-01-21", "day")),
        ("Cabinet notes: 14 March 2019", ("2019-03-14", "day")),
        ("Tough choices ahead (March 2019)", ("2019-03", "month")),
        ("Shadow cabinet – 5 June 2018", ("2018-06-05", "day")),
        ("Budget blues, 14/03/2019", ("2019-03-14", "day")),
    ],
)
def test_a_headline_ending_in_its_date_dates_the_account_under_it(headline: str, expected: tuple[str, str]) -> None:
    assert _meeting(f"{headline}{_BODY}") == expected


@pytest.mark.parametrize(
    "headline",
    [
        "Jo Bloggs – 14 March 2019",  # a byline
        "Next meeting – 5 May 2020",  # a meeting to come
        "Away day report\n14 March 2019",  # a stamp on its own line
    ],
)
def test_a_bylines_a_stamps_or_a_meeting_to_comes_date_is_not_the_meetings(headline: str) -> None:
    assert _meeting(f"{headline}{_BODY}") == (None, None)


def test_a_day_the_body_ties_to_the_meeting_comes_first() -> None:
    page = f"Report back – 21 January 2020\n\nThe committee met on 16 January 2020.{_BODY}"
    assert _meeting(page) == ("2020-01-16", "day")


def test_a_day_without_its_year_in_the_body_takes_the_headlines_year() -> None:
    page = f"Report back – 21 January 2020\n\nThe committee met on 16 January to agree the accounts.{_BODY}"
    assert _meeting(page) == ("2020-01-16", "day")
