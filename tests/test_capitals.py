"""Words printed in capitals are read as ordinary writing (language/capitals.py): a heading in capitals in title
case, a sentence or a run of capitals inside ordinary writing in sentence case, acronyms kept, one character for
one. Headings, bylines, minutes labels and names written so for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nec_extract.language.capitals import in_ordinary_case
from nec_extract.language.reading_copy import reading_copy


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("NEC REPORT – 14 MARCH 2023", "NEC Report – 14 March 2023"),
        ("GENERAL SECRETARY'S REPORT", "General Secretary's Report"),
        ("BY HANNAH CORRIGAN", "By Hannah Corrigan"),
        ("MOVED: PRIYA NAIRN", "Moved: Priya Nairn"),
        ("1. APOLOGIES", "1. Apologies"),
        ("MINUTES OF THE EXECUTIVE HELD ON TUESDAY 4 JUNE", "Minutes of the Executive Held on Tuesday 4 June"),
        ("REPORT OF THE O'NEILL REVIEW", "Report of the O'Neill Review"),
        ("CLP SECRETARY: AMIR QURESHI", "CLP Secretary: Amir Qureshi"),
        ("ELAINE MACRAE (CO-CHAIR)", "Elaine Macrae (Co-chair)"),
    ],
)
def test_a_heading_in_capitals_reads_in_title_case(line: str, read: str) -> None:
    assert in_ordinary_case(f"{line}\n\nThe meeting was short.\n") == f"{read}\n\nThe meeting was short.\n"


@pytest.mark.parametrize(
    "line",
    [
        "NEC, CLP, GMB, UNISON, TULO, CAC, NCC",  # acronyms of the vocabulary
        "GMB AND UNISON",
        "NEC 2023",
    ],
)
def test_acronyms_stay_in_capitals(line: str) -> None:
    read = in_ordinary_case(f"{line}\nSome words follow.\n").split("\n")[0]
    for acronym in ("NEC", "CLP", "GMB", "UNISON", "TULO", "CAC", "NCC"):
        assert (acronym in line) == (acronym in read)


def test_a_word_the_page_writes_in_capitals_elsewhere_stays_so() -> None:
    page = "ASLEF AND RMT DELEGATES\n\nThe ASLEF delegate and the RMT delegate reported.\n"
    assert in_ordinary_case(page).startswith("ASLEF and RMT Delegates\n")


def test_names_in_capitals_inside_ordinary_writing() -> None:
    page = (
        "Budget\n"
        "COUNCILLOR MOIRA LINDQVIST introduced the report, seconded by RHYS BOWEN.\n"
        "The chair, DAVID OYELARAN, opened the meeting.\n"
    )
    read = in_ordinary_case(page)
    assert "Councillor Moira Lindqvist introduced" in read
    assert "seconded by Rhys Bowen." in read
    assert "The chair, David Oyelaran, opened" in read


def test_a_first_name_and_a_surname_that_are_words_too() -> None:
    # the page writes "black" and "mark" in lower case; in capitals after a first name they are a name
    page = "We mark the black day; she spoke against it.\nANN BLACK AND MARK SMITH SPOKE AGAINST IT.\n"
    assert "Ann Black and Mark Smith spoke against it." in in_ordinary_case(page)


@pytest.mark.parametrize(
    "page",
    [
        "The chair said we need EVERY member out on the doorstep.\n",  # one shouted word
        "The GMB delegate and the UNISON delegate both reported.\n",  # acronyms one at a time
        "Agreed. The motion was LOST.\n",  # a minutes label
        "No capitals here at all.\n",
    ],
)
def test_a_single_word_in_capitals_in_ordinary_writing_is_left_alone(page: str) -> None:
    assert in_ordinary_case(page) == page


def test_a_shouted_phrase_reads_in_lower_case_where_the_page_writes_its_words_so() -> None:
    page = "There has been no progress. Sadly NO PROGRESS has been made on the audit.\n"
    assert "Sadly no progress has been made" in in_ordinary_case(page)


def test_a_sentence_in_capitals_is_not_a_heading() -> None:
    # a stop ends a sentence in it: sentence case, the page's lower-case words in lower case
    page = "PLEASE NOTE THE CHANGE OF VENUE FOR THE NEXT MEETING.\n\nPlease note the venue for the next meeting.\n"
    assert in_ordinary_case(page).startswith("Please note the Change of venue for the next meeting.\n")


@given(st.text(alphabet="ABCDEİẞßﬁ'’- .:\nabc123ÉÀ", max_size=80))
def test_one_character_for_one(text: str) -> None:
    read = in_ordinary_case(text)
    assert len(read) == len(text)
    assert [c for c in read if not c.isalpha()] == [c for c in text if not c.isalpha()]


def test_the_reading_copy_reads_capitals() -> None:
    assert reading_copy("NEC REPORT – 9 MAY 2023\r\n").startswith("NEC Report – 9 May 2023")


def test_a_heading_takes_the_lower_case_the_page_writes_but_a_body_keeps_its_name() -> None:
    page = (
        "MOMENTUM NATIONAL COORDINATING GROUP – MINUTES OF THE MEETING\n"
        "CHAIR: ANNE LOWTHER (ELECTED UNOPPOSED)\n\n"
        "The group met online. It has a coordinating role, and its minutes record each meeting.\n"
    )
    read = in_ordinary_case(page)
    # "NCG" stands for the body's capitalised words; "elected" reads as a word of running text, not a name
    assert read.startswith("Momentum National Coordinating Group – minutes of the meeting\n")
    assert "Chair: Anne Lowther (elected unopposed)\n" in read


def test_a_row_of_a_table_in_capitals_keeps_its_cells_capitalised() -> None:
    # a row's result is a capitalised cell ("Carried"), though the page writes "carried" and "oppose" in lower case
    page = "A1 RAIL FARES OPPOSE CARRIED\nA2 BUS PASSES SUPPORT LOST\n\nThe motion was carried; we oppose it.\n"
    assert in_ordinary_case(page).startswith("A1 Rail Fares Oppose Carried\nA2 Bus Passes Support Lost\n")


def test_an_acronym_with_no_vowel_stays_but_a_welsh_name_does_not() -> None:
    assert in_ordinary_case("YLNC REPORT BY GLYN WYN\n") == "YLNC Report by Glyn Wyn\n"


def test_a_name_after_a_title_and_a_word_the_page_writes_in_mixed_case() -> None:
    # "AHMED" ends as "reported" does, but a title stands before it; "GPEx" and "McDonnell" are written so elsewhere
    page = (
        "FOR: CLLRS AHMED, BAKER AND 23 OTHERS\nGPEX REPORT BY JOHN MCDONNELL\n\nThe GPEx met; John McDonnell wrote.\n"
    )
    read = in_ordinary_case(page)
    assert read.startswith("For: Cllrs Ahmed, Baker and 23 Others\nGPEx Report by John McDonnell\n")
