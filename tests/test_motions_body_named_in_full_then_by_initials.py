"""A report that names its body in full as the subject of "met" ("The Conference Arrangements Committee met in
Liverpool yesterday") and then by its initials ("The CAC also agreed to ..."): the initials are the meeting's own
body, so its decisions are the meeting's (round 22). Pages written here as a magazine's news item, a union region's
bulletin and a party blog, all with no heading the body's initials could come from; another body's initials stay
another body's."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from nec_extract.pipeline import extract


@pytest.mark.parametrize(
    "page",
    [
        "By Fergal Dunne\n\nThe Conference Arrangements Committee met in Liverpool yesterday evening to deal with the"
        " emergency motions. We also understand the CAC agreed to cut the time for the policy debate to an hour.\n",
        "Regional bulletin\n\nThe Regional Executive Committee met on Saturday in Leeds. Attendance was good. The REC"
        " agreed to fund a coach to the national demonstration.\n",
        "Posted by Ann\n\nThe National Policy Committee meets every quarter and met again last week. Most of the time"
        " went on the manifesto. The NPC also agreed to hold a members' consultation on housing.\n",
    ],
)
def test_the_initials_of_the_body_that_met_are_the_meetings(page: str) -> None:
    reports = extract(page, "t.txt").reports
    assert [m.outcome for r in reports for m in r.motions] == [Outcome.CARRIED]


def test_another_bodys_initials_stay_another_bodys() -> None:
    page = (
        "By Fergal Dunne\n\nThe Conference Arrangements Committee met in Liverpool yesterday evening. The NCC, which"
        " sat on Monday, agreed to expel two members.\n"
    )
    reports = extract(page, "t.txt").reports
    assert [m.outcome for r in reports for m in r.motions] == []
