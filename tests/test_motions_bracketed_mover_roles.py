"""Movers and seconders named with their role in brackets after the name, as minutes often set them (issue 13,
round 16): "Ann Lee (proposer), Raj Dev (seconder)", "Jo Hart (Moved) / Sam Idle (Seconded)". The seconder named
beside the mover before "moved that" seconds; a bracketed ward or branch is no role. Sentences written for these
tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.motions.sentence.people import find_people
from support import titled_page_motions


@pytest.mark.parametrize(
    ("text", "movers", "seconders"),
    [
        ("Motion on rail fares: Ann Lee (proposer), Raj Dev (seconder).", ["Ann Lee"], ["Raj Dev"]),
        ("Ann Lee (proposer) and Raj Dev (seconder) moved that the branch affiliates.", ["Ann Lee"], ["Raj Dev"]),
        ("Library hours – Cllr Jo Hart (Moved), Cllr Sam Idle (Seconded).", ["Jo Hart"], ["Sam Idle"]),
        ("Emergency motion on Gaza. Priya Shah (mover); Tom Reid (seconder).", ["Priya Shah"], ["Tom Reid"]),
    ],
)
def test_a_role_in_brackets_after_the_name(text: str, movers: list[str], seconders: list[str]) -> None:
    people = find_people(text)
    assert people.movers == movers
    assert people.seconders == seconders


def test_a_bracketed_ward_is_no_role() -> None:
    people = find_people("Proposed by Sam Ford (Eastside), seconded by Kim Wu (Westside).")
    assert people.movers == ["Sam Ford"]
    assert people.seconders == ["Kim Wu"]


def test_a_bracketed_role_of_another_kind_moves_nothing() -> None:
    assert find_people("Ann Lee (treasurer) and Raj Dev (chair) gave their reports.").movers == []


@pytest.mark.parametrize(
    ("lines", "summary"),
    [
        (
            "Proposed: Ann Lee\nSeconded: Raj Dev\nThat this branch supports public ownership of the railways.\n"
            "CARRIED",
            "That this branch supports public ownership of the railways",
        ),
        (
            "Moved: Cllr Jo Hart\nSeconder: Cllr Sam Idle\nThat the group opposes the sale of the depot.\nAgreed.",
            "That the group opposes the sale of the depot",
        ),
    ],
)
def test_minutes_opening_with_the_movers_lines_take_the_items_words(lines: str, summary: str) -> None:
    found = titled_page_motions(f"Minutes of the Branch Committee, 4 March 2025\n\nPresent: 9 members.\n\n{lines}\n")
    assert [m.summary for m in found] == [summary]
