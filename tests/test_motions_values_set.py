"""A value the meeting set (issue 13, round 10): "The NEC fixed the fee at £25", "set the deadline for nominations
as 30 June" is the body's decision, carried, as "agreed a fee of £25" is; a setting verb with no figure or date ("set
the agenda for the year"), a phrasal verb ("set out its views"), another body or another time is none. Sentences
written for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("NEC meeting, 3 May 2025", "The NEC fixed the fee at £25."),
        ("NEC report: what we decided", "We set the deadline for nominations as 30 June."),
        ("Executive Committee minutes – 4 March 2025", "The committee set the subscription at £5 a year."),
        ("Branch meeting, 14 May 2025", "The meeting fixed the date of the AGM for 5 June."),
        (
            "Minutes of the meeting of Full Council, 12 March 2025",
            "Councillors set the council tax rise at 4.99 per cent.",
        ),
        ("Labour NEC meeting", "Party chiefs last night set the registered supporters' fee at £25."),
    ],
)
def test_a_value_the_body_set_is_a_decision(title: str, sentence: str) -> None:
    motions = titled_page_motions(f"{title}\n\n{sentence}\n")
    assert [m.outcome for m in motions] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("NEC meeting, 3 May 2025", "The General Secretary set out the timetable for the year."),
        ("NEC meeting, 3 May 2025", "The NEC set the agenda for the away day."),
        ("NEC meeting, 3 May 2025", "The Chancellor set the deadline for the review as 30 June."),
        ("Branch meeting, 14 May 2025", "The council set the fee at £25 last year."),
        ("Executive Committee minutes – 4 March 2025", "The committee will set the subscription at the AGM on 5 June."),
        ("General Committee, 9 April 2025", "Unite's executive fixed its levy at £3 a member."),
    ],
)
def test_no_value_set_by_the_meeting(title: str, sentence: str) -> None:
    assert titled_page_motions(f"{title}\n\n{sentence}\n") == []
