"""Several people given posts in one coordinated sentence (SPEC Rulings: each decision is one motion; "X Chair, Y
Vice-Chair" is two): the body as subject with the post named after each person ("The board elected Ann Lee as
chair and Raj Dev as secretary"), the verb repeated with its subject left out ("re-elected A as chair and elected
B as treasurer"), and a first post with its own words ("chair of the finance panel", "mayor for the year") before
the next person's clause, in the active and the passive. A list of names sharing one post stays one decision, and
a body choosing no named person is no election. Sentences written for these tests; none is quoted from a real page
or a probe page.
"""

from __future__ import annotations

import pytest

from support import assert_one_carried_motion_per_person, titled_page_motions


@pytest.mark.parametrize(
    ("page", "people"),
    [
        # union executive minutes, the active voice, a post with its own words first
        (
            "Executive minutes\n\nThe Executive elected Mona Fitt as chair of the Finance Panel and Gus Reyes as "
            "vice-chair.",
            ["Mona Fitt", "Gus Reyes"],
        ),
        # a committee's report, "its" post and a post for a period
        (
            "Committee report\n\nThe committee elected Ida Lowry as its chair for the season and Bram Stokes as "
            "secretary.",
            ["Ida Lowry", "Bram Stokes"],
        ),
        # party executive, the verb repeated with its subject left out
        (
            "Executive report\n\nThe board re-elected Olu Banjo as treasurer and elected Cass Mead as vice-chair.",
            ["Olu Banjo", "Cass Mead"],
        ),
        # council news, another verb after the comma, "her deputy"
        (
            "Council news\n\nThe council elected Cllr Wyn Parry as mayor for the year, and appointed Cllr Lou Hart "
            "as her deputy.",
            ["Wyn Parry", "Lou Hart"],
        ),
        # NEC write-up, "we"
        (
            "NEC report\n\nWe elected Tamsin Roe as chair and Abdul Kareem as vice-chair.",
            ["Tamsin Roe", "Abdul Kareem"],
        ),
        # the passive, a first post with its own words before the gapped second
        (
            "Group AGM\n\nNell Brock was elected leader of the group, and Ivo Stamp deputy leader.",
            ["Nell Brock", "Ivo Stamp"],
        ),
    ],
)
def test_each_person_given_a_post_is_one_motion(page: str, people: list[str]) -> None:
    assert_one_carried_motion_per_person(page, people, in_evidence=True)


@pytest.mark.parametrize(
    "page",
    [
        # several names sharing one post: one decision
        "Branch minutes\n\nThe branch elected Kay Dunn and Rob Tait as delegates to the regional conference.",
        # a post's own words with no second person after them
        "Executive minutes\n\nThe Executive elected Mona Fitt as chair of the Finance Panel for the coming year.",
    ],
)
def test_one_decision_when_one_post_or_one_person(page: str) -> None:
    assert len(titled_page_motions(page)) == 1


@pytest.mark.parametrize(
    "page",
    [
        # the body chose nobody named: no person, no post given
        "Branch minutes\n\nWe thanked Kay Dunn as chair for her years of work and Rob Tait as secretary.",
        # another body's choice, reported
        "CLP minutes\n\nThe secretary said the regional board had elected Kay Dunn as chair and Rob Tait as treasurer.",
    ],
)
def test_no_election_of_the_meeting(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("page", "person"),
    [
        # local news: the group named with its council, the perfect
        (
            "Council news\n\nThe Labour group on Dunmore Council has chosen Cllr Pat Okoye as its new leader.",
            "Pat Okoye",
        ),
        # party regional body, "of" and a plain past
        ("Regional report\n\nThe board of the North West Region elected Gina Platt as treasurer.", "Gina Platt"),
        # union branch, the perfect with "appointed"
        ("Branch news\n\nThe committee has appointed Len Ruddock as its welfare officer.", "Len Ruddock"),
    ],
)
def test_the_body_named_with_where_it_sits(page: str, person: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome.value for m in motions] == ["carried"]
    assert person in motions[0].summary


def test_a_body_elsewhere_having_chosen_is_background() -> None:
    page = "CLP news\n\nWe heard that the group on Dunmore Council has chosen a new leader, to be confirmed in May."
    assert all("election of" not in m.summary for m in titled_page_motions(page))
