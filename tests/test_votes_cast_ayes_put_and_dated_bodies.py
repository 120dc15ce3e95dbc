"""Round 18: votes cast on a side are a tally ("19 votes cast for the motion and 6 cast against"; the votes cast in a
ballot stay none); the ayes or the noes having it is a result; a motion "put." and its tally in the next sentence is
one motion; a date that opens the subject ("The 2023 conference carried it 12 to 3") tells another meeting's vote; a
vague count of the voters present. Sentences written for these tests; none is quoted from a real page or a probe.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import one_report, report_outcomes


def _counts(body: str) -> list[tuple[int | None, int | None]]:
    return [(v.for_, v.against) for v in one_report(body).votes]


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("There were 19 votes cast for the motion and 6 cast against.", [(19, 6)]),
        ("Eleven votes were cast in favour of the amendment and 14 votes cast against it.", [(11, 14)]),
        ("Of the 3,400 votes cast, 2,100 were for the merger.", []),
        ("There were 41 votes cast in the election for chair.", []),
    ],
)
def test_votes_cast_on_a_side(body: str, counts: list[tuple[int | None, int | None]]) -> None:
    assert _counts(body) == counts


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("The rule change was put to the meeting. The ayes had it.", Outcome.CARRIED),
        ("A motion on bus fares was put to a show of hands, and the noes had it.", Outcome.DEFEATED),
        ("The amendment on subs was put to the branch; the ayes have it, the chair declared.", Outcome.CARRIED),
    ],
)
def test_the_ayes_or_the_noes_having_it(body: str, outcome: Outcome) -> None:
    assert report_outcomes(body) == [outcome]


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("A motion on rents was put. Eight voted for and nine against.", Outcome.DEFEATED),
        ("An amendment on subs was put: 5 for, 9 against.", Outcome.DEFEATED),
        ("A proposal to meet monthly was put; members backed it 12 to 2.", Outcome.CARRIED),
    ],
)
def test_an_item_put_then_its_tally(body: str, outcome: Outcome) -> None:
    assert report_outcomes(body) == [outcome]


def test_a_point_put_is_no_item() -> None:
    assert report_outcomes("The point was put. Eight members agreed with it.") == []


@pytest.mark.parametrize(
    "body",
    [
        "The 2023 conference carried the motion 12 to 3 on a show of hands.",
        "The March 2024 GC voted 20 to 4 to affiliate to the campaign.",
    ],
)
def test_a_dated_body_as_subject_is_another_meeting(body: str) -> None:
    assert _counts(body) == []


def test_the_meetings_own_day_as_subject_is_this_meeting() -> None:
    assert _counts("The 3 May meeting agreed the motion 12 to 3.") == [(12, 3)]


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("Most members present voted for the motion on the library.", Outcome.CARRIED),
        ("Only a handful of delegates there opposed the amendment on fees.", Outcome.CARRIED),
    ],
)
def test_the_voters_counted_may_be_placed_in_the_room(body: str, outcome: Outcome) -> None:
    assert report_outcomes(body) == [outcome]
