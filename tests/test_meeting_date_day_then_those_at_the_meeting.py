"""A sentence that opens on a day and then has those at the meeting do what was done there ("On Monday 9 October
delegates debated ...", "On 14 March we agreed ...", "On 3 May the motion was carried") ties the day to the
meeting, as "On 5 October the Regional Board considered ..." does; told ahead it does not. Pages written for these
tests (round 18): a conference report-back, a union branch's report, a CLP's notes."""

from __future__ import annotations

import pytest

from support import meeting_day


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # conference report-back: a day's account under the conference's year
        ("Conference 2023 – day two report\n\nOn Monday 9 October delegates debated the economy.\n", "2023-10-09"),
        # union branch: the writer's body deciding
        ("Branch report 2024\n\nOn 14 March we agreed to back the strike and elected a rep.\n", "2024-03-14"),
        # CLP notes: a proposal decided, in the passive
        ("General committee notes – May 2024\n\nOn 3 May the motion on housing was carried.\n", "2024-05-03"),
        # told ahead: the conference's year only
        ("Conference 2023 report\n\nOn 9 October delegates will debate the economy.\n", "2023"),
        # something else on that day, no act of the meeting's
        ("Branch report 2024\n\nOn 14 March the office flooded and the staff were moved.\n", "2024"),
    ],
)
def test_a_day_then_an_act_of_those_at_the_meeting_dates_it(page: str, expected: str | None) -> None:
    assert meeting_day(page) == expected
