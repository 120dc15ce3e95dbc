"""Speakers (and movers) told in five more ways: the minutes' "moved X, seconded Y" after an item's title and a
dash or a full stop; a "he" or "she" after a sentence that opens with a role and the name in apposition ("The
treasurer, Jo Bloggs, was there. She reported ..."); the author of a write-up named by a "From Jo Bloggs" line
under the heading who then says "I moved"; someone thanked "for her report"; and news verbs ("hit out at",
"slammed"). Sentences and pages written for these tests, invented people, in the styles of union branch, council
and CLP minutes, NEC write-ups and news reports."""

from __future__ import annotations

import pytest

from nec_extract.page.author import find_author
from support import speaker_names as names
from support import titled_page_motions

# --- "moved X, seconded Y" after an item's title ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a union branch committee
        (
            "(a) Car parking charges – moved Dean Cosgrove, seconded Bev Lindqvist. Calls on the region to act.",
            {"Dean Cosgrove", "Bev Lindqvist"},
        ),
        # a council group
        ("Item 4: Rent levels - proposed Cllr Amy Hart, seconded Cllr Tom Reid. Agreed.", {"Amy Hart", "Tom Reid"}),
        # a trades council
        (
            "Emergency motion on the strike — moved Bro. Ken Lowe, seconded Sis. Pat Dunne. Carried.",
            {"Ken Lowe", "Pat Dunne"},
        ),
        # a CLP general committee, the roles as sentences of their own
        ("Bus fares. Moved Dean Cosgrove; seconded Bev Lindqvist. Carried.", {"Dean Cosgrove", "Bev Lindqvist"}),
    ],
)
def test_the_participle_roles_after_an_items_title_name_the_mover_and_seconder(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The NEC agreed the timetable. Moved Labour to a new office last year.",
        "The committee – moved Tuesday's meeting to the Town Hall.",
        "The meeting - moved swiftly on to the next item.",
    ],
)
def test_moved_after_a_dash_or_a_stop_with_no_name_after_it_names_no_one(text: str) -> None:
    assert names(text) == set()


# --- "he" or "she" after an opening role with the name in apposition --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an NEC write-up
        (
            "The deputy leader, Marcus Odunsi, stood in for the Leader. He spoke mostly about the budget.",
            {"Marcus Odunsi"},
        ),
        # union branch minutes
        ("The treasurer, Marcus Odunsi, was there. He reported on the accounts.", {"Marcus Odunsi"}),
        # a CLP secretary's notes
        (
            "Our new women's officer, Sofia Lindgren, was welcomed. She thanked members for their support.",
            {"Sofia Lindgren"},
        ),
        # council minutes: the later name in apposition is the one meant
        (
            "The chair, Paul Mead, opened the meeting. The clerk, Ruth Okoye, was new. She read the apologies.",
            {"Paul Mead", "Ruth Okoye"},
        ),
    ],
)
def test_a_pronoun_after_an_opening_role_and_name_means_that_person(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_a_pronoun_after_an_opening_phrase_naming_no_one_names_no_one() -> None:
    assert names("The minutes, as circulated, were agreed. He then reported on pay.") == set()


# --- the author named by a "From" line under the heading --------------------------------------------------------


@pytest.mark.parametrize(
    "byline",
    ["From Gary Whitlock, trade union section", "From Gary Whitlock (Unite)", "From: Gary Whitlock"],
)
def test_a_from_line_under_the_heading_names_the_author(byline: str) -> None:
    page = f"Report of the NEC meeting held on 17 March 2026\n\n{byline}\n\nColleagues, below is my report."
    assert find_author(page, page.index("\n\n") + 2, page.split("\n")[0]) == "Gary Whitlock"


@pytest.mark.parametrize(
    "line", ["From Monday 3 March the new rules apply.", "From Keir Starmer's office came a letter.", "From Labour HQ"]
)
def test_a_from_line_that_is_no_byline_names_no_author(line: str) -> None:
    page = f"NEC update\n\n{line}\n\nHello."
    assert find_author(page, page.index("\n\n") + 2, "NEC update") is None


def test_the_author_a_from_line_names_speaks_when_they_move() -> None:
    page = (
        "Report of the NEC meeting held on 17 March 2026\n\nFrom Gary Whitlock, trade union section\n\n"
        "I moved that the guidance be referred back, and Yvette Marchbank seconded."
    )
    assert names(page, author=find_author(page, page.index("\n\n") + 2, page.split("\n")[0])) >= {"Gary Whitlock"}


# --- the same shorthand gives the motion its mover and seconder (one boundary, language/people) -----------------


@pytest.mark.parametrize(
    ("text", "outcome", "mover", "seconder"),
    [
        # a union branch committee
        (
            "(a) Car parking charges – moved Dean Cosgrove, seconded Bev Lindqvist. Calls on the region to back free "
            "parking. Carried unanimously.",
            "carried",
            "Dean Cosgrove",
            "Bev Lindqvist",
        ),
        # a council group
        (
            "Item 6, Rent levels - proposed Cllr Amy Hart, seconded Cllr Tom Reid, that rents rise by no more than "
            "2%. Agreed.",
            "carried",
            "Amy Hart",
            "Tom Reid",
        ),
        # a trades council
        (
            "Emergency motion on the strike — moved Ken Lowe, seconded Pat Dunne. Lost, 4 for, 7 against.",
            "defeated",
            "Ken Lowe",
            "Pat Dunne",
        ),
    ],
)
def test_an_items_title_then_moved_and_seconded_is_a_motion_with_its_mover_and_seconder(
    text: str, outcome: str, mover: str, seconder: str
) -> None:
    (motion,) = titled_page_motions("Committee minutes, 3 May 2025\n\n" + text + "\n")
    assert (motion.outcome.value, motion.movers, motion.seconders) == (outcome, [mover], [seconder])


# --- thanked for their own report or presentation --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chair thanked Ruth Okoye for her report.", {"Ruth Okoye"}),  # council minutes
        ("Members thanked Ruth Okoye for her presentation on the new website.", {"Ruth Okoye"}),  # a CLP
        ("The president thanked Bro. Ken Lowe for his update on the dispute.", {"Ken Lowe"}),  # a union executive
    ],
)
def test_someone_thanked_for_their_own_report_gave_it(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The chair thanked Ruth Okoye for her work on the campaign.",
        "Thanks were given to Ruth Okoye for her years of service.",
        "The chair thanked Ruth Okoye for the report, which had been circulated.",
        "We thanked Ruth Okoye for her letter.",
    ],
)
def test_someone_thanked_for_work_a_paper_or_a_letter_did_not_speak(text: str) -> None:
    assert names(text) == set()


# --- news reports' verbs of criticism ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruth Okoye hit out at the leadership over the delays.", {"Ruth Okoye"}),  # a national news report
        ("Cllr Tom Hale slammed the decision as a betrayal.", {"Tom Hale"}),  # a local paper
        ("Ruth Okoye lambasted the officers over the delays.", {"Ruth Okoye"}),
    ],
)
def test_a_news_verb_of_criticism_is_speaking(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit Ruth Okoye's ward hard.",
        "Ruth Okoye was hit by the cuts.",
        "The report slammed Ruth Okoye's handling of the case.",
    ],
)
def test_hit_or_slammed_with_no_one_speaking_names_no_one(text: str) -> None:
    assert names(text) == set()
