"""Several decisions in one list (issue 13; SPEC Rulings: each decision is one motion): the people a meeting
chose, listed after "the following were appointed/elected ...:" or after the active "appointed the following as
...:", one motion each; a bracketed place beside a name ("Ann Lee (North)") is no second person, and "Post –
Name" pairs give each person their post. Pages written for these tests in several styles, with negatives; none
is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from support import assert_one_carried_motion_per_person, titled_page_motions


@pytest.mark.parametrize(
    ("page", "people"),
    [
        # union executive: names with the region each serves, in brackets
        (
            "Executive council decisions\n\nThe following were appointed as regional women's officers: Ann Dube "
            "(North), Rosa Kett (Central) and Hamid Qureshi (South West).",
            ["Ann Dube", "Rosa Kett", "Hamid Qureshi"],
        ),
        # CLP executive minutes: wards in brackets
        (
            "CLP executive minutes\n\nThe following were appointed as ward organisers: Kirsty Alder (Hillside), "
            "Ben Oti (Riverside) and Martha Quinn (Abbey).",
            ["Kirsty Alder", "Ben Oti", "Martha Quinn"],
        ),
        # news of a union executive: the active voice
        (
            "Union news\n\nThe executive also appointed the following as delegates to the TUC Congress: Nadia "
            "Orme, Clive Pente and Yusuf Hale.",
            ["Nadia Orme", "Clive Pente", "Yusuf Hale"],
        ),
        # an NEC write-up: the active voice, nominations
        (
            "NEC report\n\nWe nominated the following to the National Policy Forum: Ruth Ames and Sam Okafor.",
            ["Ruth Ames", "Sam Okafor"],
        ),
    ],
)
def test_each_person_in_a_list_of_appointments_is_one_motion(page: str, people: list[str]) -> None:
    assert_one_carried_motion_per_person(page, people)


@pytest.mark.parametrize(
    ("page", "posts"),
    [
        (
            "Branch AGM minutes\n\nThe following were elected unopposed: Chair – Declan Moore; Treasurer – Fatima "
            "Ben; Women's Officer – Elspeth Gray.",
            {"Declan Moore": "Chair", "Fatima Ben": "Treasurer", "Elspeth Gray": "Women's Officer"},
        ),
        (
            "Trades council AGM\n\nThe following were re-elected: Secretary - Jo Bell, Auditor - Tim Rice.",
            {"Jo Bell": "Secretary", "Tim Rice": "Auditor"},
        ),
    ],
)
def test_post_and_person_pairs_give_each_person_their_post(page: str, posts: dict[str, str]) -> None:
    motions = titled_page_motions(page)
    assert [m.summary for m in motions] == [f"election of {who} as {post}" for who, post in posts.items()]


@pytest.mark.parametrize(
    "page",
    [
        "Branch minutes\n\nThe following were thanked for their work: Ann Lee and Bo Diaz.",
        "CLP minutes\n\nThe following sent apologies: Ann Lee (Hillside) and Bo Diaz (Abbey).",
    ],
)
def test_lists_of_people_not_chosen_are_no_motions(page: str) -> None:
    assert titled_page_motions(page) == []
