"""A body's own act told in the simple past, with no outcome word and no mover (round 15, issues 12 and 13): a
council's Cabinet named by the title is the meeting's body ("The Cabinet instructed the Secretary to ..."); a sum
of money is the object of an act ("The Branch granted £400 to ..."); a gift ("donated") is an act; and a formal
objection ("objected to planning application ...") is a stance the body takes. Pages written for these tests in the
styles of council, CLP, union branch and party minutes, with negatives; none is quoted from a real page."""

from __future__ import annotations

import pytest

from nec_extract.extractors.motions.sentence.people import find_people
from nec_extract.models import Outcome
from support import titled_page_motions

C = Outcome.CARRIED


def _outcomes(title: str, body: str) -> list[Outcome]:
    return [m.outcome for m in titled_page_motions(f"{title}\n\nPresent: nine members.\n\nItem\n{body}\n")]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Minutes of the Cabinet of Westmere Borough Council, 3 May 2025",
            "The Cabinet instructed officers to consult on the plan.",
        ),
        ("Cabinet meeting – 9 June 2025", "The Cabinet nominated Cllr Jo Hart for the police and crime panel."),
        ("Minutes of the Youth Assembly, 2 April 2025", "The Assembly chose the theme of this year's festival."),
        ("Trustees' meeting, 4 March 2025", "The Trustees granted £2,000 to the holiday scheme."),
    ],
)
def test_a_body_the_title_names_decides(title: str, body: str) -> None:
    assert _outcomes(title, body) == [C]


def test_a_cabinet_the_title_does_not_name_is_another_body() -> None:
    # an NEC write-up telling what the government's Cabinet did: not this meeting's decision
    assert _outcomes("NEC report, 3 May 2025", "The Cabinet approved the runway plan last week.") == []


@pytest.mark.parametrize(
    "sentence", ["JH moved that the branch affiliate to the trades council.", "After a debate, KM proposed the budget."]
)
def test_initials_alone_are_still_a_mover(sentence: str) -> None:
    assert find_people(sentence).movers == [sentence.split()[0] if sentence[0] == "J" else "KM"]


@pytest.mark.parametrize(
    ("sentence", "mover"),
    [
        ("Our Treasurer Sam Idle proposed an increase in the branch levy.", "Sam Idle"),
        ("The Secretary Jo Hart moved that the report be accepted.", "Jo Hart"),
        ("Our Chair, Priya Shah, moved the adoption of the accounts.", "Priya Shah"),
    ],
)
def test_an_office_and_a_name_after_an_article_are_still_a_mover(sentence: str, mover: str) -> None:
    """Only a body's initials after an article are no person: an office with its holder's name moves the item."""
    assert mover in " ".join(find_people(sentence).movers)


@pytest.mark.parametrize(
    "body",
    [
        "The Branch donated £150 to the hardship fund.",
        "The Committee granted £400 to the youth football club.",
        "The GC donated a banner to the trades council.",
        "The Committee objected to planning application 25/0114 at Mill Lane.",  # a planning committee
        "The Executive objected to the proposed closure of the ward office.",
    ],
)
def test_a_body_giving_or_objecting_decides(body: str) -> None:
    assert _outcomes("Minutes of the Committee, 3 May 2025", body) == [C]


@pytest.mark.parametrize(
    "body",
    [
        "The Committee contributed to the county consultation last year.",  # another time
        "Jo Hart objected to the length of the agenda.",  # a person's view, not the body's decision
        "The district council objected to the scheme.",  # another body
        "Members contributed to the discussion.",
    ],
)
def test_giving_or_objecting_by_another_is_no_decision(body: str) -> None:
    assert _outcomes("Minutes of the Committee, 3 May 2025", body) == []


@pytest.mark.parametrize(
    "body",
    [
        "The Chair moved on to the next item.",
        "After a short break the meeting moved onto the finance report.",
        "Jo Hart thanked members and we moved on.",
    ],
)
def test_moving_on_to_business_moves_nothing(body: str) -> None:
    assert _outcomes("Minutes of the Committee, 3 May 2025", body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Jo Hart moved on behalf of the branch a motion on rents, which was carried.",
        "Sam Idle moved the motion on bus fares; it was agreed.",
    ],
)
def test_a_motion_moved_on_a_subject_is_still_moved(body: str) -> None:
    assert _outcomes("Minutes of the Committee, 3 May 2025", body) == [C]
