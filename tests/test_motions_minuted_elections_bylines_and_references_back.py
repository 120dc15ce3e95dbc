"""Minutes' shorthand and conference reports (round 21, decide21): "Amira Said elected as youth rep (unopposed)" with
the verb "be" left out is an election of the meeting; a "reference back" moved at conference is an item with its own
result; a byline ("Submitted by the secretary, Pat Mason") puts no item. Sentences written for these tests; none is
quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from support import titled_page_motions


def _motions(body: str, title: str = "Young Labour National Committee – minutes, 8 June 2025") -> list:
    return titled_page_motions(f"{title}\n\n{body}\n")


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Elections: Amira Said elected as Young Labour rep to the National Policy Forum (unopposed).", "Amira Said"),
        ("Amira Said elected treasurer.", "Amira Said"),
        ("Treasurer: Joe Platt re-elected unopposed as treasurer.", "Joe Platt"),
    ],
)
def test_an_election_in_minutes_shorthand(body: str, person: str) -> None:
    motions = _motions(body)
    assert [m.outcome for m in motions] == [Outcome.CARRIED]
    assert person in motions[0].summary


def test_an_earlier_election_told_in_passing_is_none() -> None:
    assert _motions("Ann Lee, elected treasurer last year, reported on the accounts.") == []


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("The reference back was lost.", Outcome.DEFEATED),
        ("A reference back of the NPF report was carried by 52% to 48%.", Outcome.CARRIED),
        ("Delegates moved a reference back of the section on housing. It fell.", Outcome.DEFEATED),
    ],
)
def test_a_reference_back_is_an_item(body: str, outcome: Outcome) -> None:
    motions = _motions(body, title="Conference report, Monday 23 September 2025")
    assert [(m.kind, m.outcome) for m in motions] == [(MotionKind.AMENDMENT, outcome)]


@pytest.mark.parametrize(
    "body",
    ["Submitted by the LRC secretary, Pat Mason", "Prepared by the branch secretary for the AGM"],
)
def test_a_byline_puts_no_item(body: str) -> None:
    assert _motions(body, title="LRC National Committee – report of the 2 December meeting") == []


def test_a_paper_presented_and_agreed_is_still_one() -> None:
    motions = _motions("Presented by Ann Lee, the paper on fees was agreed.", title="Branch minutes, 3 May 2025")
    assert [m.outcome for m in motions] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Sian Bevan was elected vice-chair, and I was elected to the Procedures Committee.", ["Sian Bevan", "author"]),
        (
            "Sian Bevan was elected vice-chair and Tom Hale was elected to the Finance Committee.",
            ["Sian Bevan", "Tom Hale"],
        ),
    ],
)
def test_a_committee_seat_after_an_election_of_the_meeting(body: str, people: list[str]) -> None:
    motions = _motions(body, title="Welsh Executive Committee – 20 April 2025")
    assert [m.outcome for m in motions] == [Outcome.CARRIED] * len(people)
    assert all(person in m.summary for m, person in zip(motions, people, strict=True))


@pytest.mark.parametrize(
    "body",
    [
        "I was elected to the Procedures Committee.",
        "The budget was agreed, and Tom Hale was elected to the NEC in the summer ballot.",
    ],
)
def test_a_seat_alone_is_no_election_of_the_meeting(body: str) -> None:
    assert all("Hale" not in m.summary and "author" not in m.summary for m in _motions(body))
