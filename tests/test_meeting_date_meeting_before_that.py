"""Two kinds of day in an account's opening lines (round 18), on pages written here in the voices of a union
executive's report, a CLP's notes and a branch's minutes:

- "the meeting before that, on 10 January", "an earlier meeting on 3 May", "the prior meeting" name an earlier
  meeting, whose day is not this meeting's, as "the previous meeting" does;
- a bare day followed by the subject of the next clause ("on the 14th members elected ...", "on the 14th they
  agreed ...") is a day, as "on the 14th we agreed" is; an ordinal before a possessive is no day.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from support import meeting_day, report_context


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # union executive: a relative weekday for this meeting, the earlier one set off by commas
        (
            "Executive report\nPosted 2 February 2024\n\nThe executive met on Wednesday. The meeting before that, on "
            "10 January, had agreed the budget.\n",
            "2024-01-31",
        ),
        # CLP notes: "an earlier meeting"
        (
            "GC report\nPosted 4 October 2024\n\nThe GC met on Tuesday. At an earlier meeting on 3 September the "
            "officers were elected.\n",
            "2024-10-01",
        ),
        # branch minutes: the day of this meeting written out, no earlier one
        ("Branch report\n\nThe branch met on 14 March 2024 and agreed the plan.\n", "2024-03-14"),
    ],
)
def test_an_earlier_meetings_day_is_not_this_meetings(page: str, expected: str | None) -> None:
    assert meeting_day(page) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On the 14th members elected two delegates.", ["2024-05-14"]),
        ("On the 21st they agreed to ballot.", ["2024-05-21"]),
        ("We met on the 9th and delegates reported back.", ["2024-05-09"]),
        # an ordinal before a possessive or a noun it counts: no day
        ("The 2nd members' ballot closed early.", []),
        ("It was the 3rd reading of the bill.", []),
    ],
)
def test_a_bare_day_before_the_next_clauses_subject(text: str, expected: list[str]) -> None:
    starts = [m.start for m in extract_dates(report_context(text, meeting="2024-05-03", parse=False))]
    assert starts == expected
