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


# a preamble longer than the opening lines the first rule reads, so the day comes further on
_PREAMBLE = (
    "A note before the report itself. It has been a busy spring for everyone on the committee, with elections, "
    "casework and a long list of letters from members asking about the selection timetable, the new complaints "
    "process and when the accounts will be published. I have answered as many of those as I can and will keep "
    "doing so, and I am grateful for the patience of everyone who wrote. Several of you asked why reports have "
    "been slower this year: the honest answer is that more of each meeting has gone on confidential matters that "
    "cannot be reported, which I regret and have raised more than once. With that said, there was plenty this time "
    "that can be reported, and here it is in the order the items came up on the agenda.\n\n"
)


@pytest.mark.parametrize(
    ("heading", "day_line", "expected"),
    [
        ("Jo Bloggs – NEC report, May 2023", "So, to the meeting on 23 May.", ("2023-05-23", "day")),
        (
            "Branch committee report – March 2022",
            "When the committee met on 15 March, the treasurer spoke first.",
            ("2022-03-15", "day"),
        ),
        (
            "Executive Council: report for June 2021",
            "The Executive Council's meeting of 9 June opened with apologies.",
            ("2021-06-09", "day"),
        ),
        (
            "Council group update, October 2019",
            "At the group meeting on the 8th of October we heard from the leader.",
            ("2019-10-08", "day"),
        ),
        # a day outside the heading's month names another day: the month stays
        ("Jo Bloggs – NEC report, May 2023", "The next meeting is on 4 July.", ("2023-05", "month")),
        ("Branch committee report – March 2022", "Ballots close on 15 April.", ("2022-03", "month")),
    ],
)
def test_a_day_of_the_headings_month_tied_to_the_meeting_further_on_dates_it(
    heading: str, day_line: str, expected: tuple[str, str]
) -> None:
    page = f"{heading}\n\n{_PREAMBLE}{day_line}\n\nThe committee agreed the budget.\n"
    assert len(page[page.index(_PREAMBLE) :]) > 700
    date = extract(page).reports[0].meeting_date
    assert date is not None
    assert (date.start, date.precision.value if date.precision else None) == expected
