"""Elections told with who the person is in brackets after the name ("Kit Lowe (Unison) was elected Chair and Amir
Dar (GMB) Vice-Chair"), and several people sharing one post, the post in the plural ("A and B were elected as
vice-chairs": one decision). SPEC Rulings: each decision is one motion. Sentences written for these tests; none is
quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from support import assert_one_carried_motion_per_person, titled_page_motions


@pytest.mark.parametrize(
    ("page", "people"),
    [
        (
            "NEC report\n\nRia Moss (Unison) was elected chair and Pete Aldo (GMB) vice-chair.",
            ["Ria Moss", "Pete Aldo"],
        ),
        ("Executive minutes\n\nSue Harte (North West) was re-elected President unopposed.", ["Sue Harte"]),
        ("Group AGM\n\nCllr Ben Iqbal (Central ward) was elected leader.", ["Ben Iqbal"]),
    ],
)
def test_a_bracket_after_the_name(page: str, people: list[str]) -> None:
    assert_one_carried_motion_per_person(page, people)


@pytest.mark.parametrize(
    "page",
    [
        "Board report\n\nLia Kent and Omar Vale were elected as vice-chairs.",
        "Branch AGM\n\nAda Lyne and Ravi Suri were re-elected joint secretaries.",
        "Young members\n\nNia Roe and Tom Pell were elected youth representatives by acclamation.",
    ],
)
def test_several_people_sharing_a_post_are_one_decision(page: str) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == ["carried"]


@pytest.mark.parametrize(
    "page",
    [
        "Branch minutes\n\nRia Moss (Unison) spoke about the pay offer.",
        "Branch minutes\n\nThe chairs (Ria Moss and Pete Aldo) were thanked for their work.",
    ],
)
def test_no_election(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("page", "people"),
    [
        # after a colon that says the choosing
        (
            "NEC report\n\nThe NEC elected its officers: Ida Marsh (chair), Tobi Ade (vice-chair) and Rae Pound "
            "(treasurer).",
            ["Ida Marsh", "Tobi Ade", "Rae Pound"],
        ),
        # a sentence that says they were elected, the posts in brackets
        (
            "Branch AGM\n\nThe new officers are Ida Marsh (secretary) and Tobi Ade (chair), both elected unopposed.",
            ["Ida Marsh", "Tobi Ade"],
        ),
    ],
)
def test_each_person_with_the_post_in_brackets(page: str, people: list[str]) -> None:
    assert_one_carried_motion_per_person(page, people)


def test_posts_in_brackets_with_no_choosing_told() -> None:
    page = "Branch newsletter\n\nYour contacts are Ida Marsh (secretary) and Tobi Ade (chair)."
    assert titled_page_motions(page) == []
