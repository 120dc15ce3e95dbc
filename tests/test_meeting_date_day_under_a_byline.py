"""A date alone on its line under a byline ("By Sam Porter" / "4 July 2025") is the day the piece was written, not
the meeting's, though the headline above names the body ("Union delegates defy executive over regional
committees"); a minutes header's day under the body's name ("Executive Committee" / "Tuesday 14 June 2022 at 7pm")
still is the meeting's. Pages written for these tests as a news report, a union's news post and branch minutes."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

_BODY = (
    "\n\nDelegates handed the executive a rare defeat, voting for a new regional committee.\n\n"
    "The executive had opposed the change, arguing that it would cost too much.\n"
)


def _meeting(page: str) -> str | None:
    date = extract(page).reports[0].meeting_date
    return date.start if date else None


@pytest.mark.parametrize(
    ("headline", "byline", "stamp"),
    [
        ("Union delegates defy executive over regional committees", "By Sam Porter", "4 July 2025"),
        ("Branch committee backs ballot", "Posted by the branch secretary", "Thursday 6 March 2025"),
        ("Regional board splits over budget", "Written by Ana Ruiz", "12/05/2024"),
    ],
)
def test_a_date_alone_under_a_byline_is_no_meeting_day(headline: str, byline: str, stamp: str) -> None:
    assert _meeting(f"{headline}\n\n{byline}\n{stamp}{_BODY}") is None


def test_a_minutes_headers_day_under_the_bodys_name_still_dates_it() -> None:
    page = f"Executive Committee\nTuesday 14 June 2022 at 7pm, Unity House{_BODY}"
    assert _meeting(page) == "2022-06-14"
