"""The author: found in a page's header, byline or title (page/author.py), and read as a person by the people
service, on pages written here."""

from __future__ import annotations

import pytest

from nec_extract.language.people import author_names, single_author
from nec_extract.page.author import find_author

BODY = "The General Secretary reported on the campaign and took questions from members of the committee."


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("A blog by Jo Bloggs about politics and the Labour Party", "Jo Bloggs"),
        ("By Sam Okafor | 14 March 2018", "Sam Okafor"),
        ("Posted on 20 March 2025 by Priya Shah", "Priya Shah"),
        ("Written by Tom Evans-Pugh", "Tom Evans-Pugh"),
        ("Report by the President, Ann Lowe", "Ann Lowe"),
        ("Report by the branch secretary, Ann Lowe", "Ann Lowe"),
        (
            "A report from our NEC representatives: Ann Lowe, Jo Bloggs and Sam Okafor",
            "Ann Lowe, Jo Bloggs, Sam Okafor",
        ),
        ("Jo Bloggs – notes from a CLP rep on the NEC", "Jo Bloggs"),
    ],
)
def test_author_from_header_or_byline(header: str, author: str) -> None:
    page = f"{header}\n\nNEC Report – 3 June 2021\n\n{BODY}\n"
    assert find_author(page, page.index("NEC Report")) == author


def test_author_from_title() -> None:
    title = "Tackling abuse – Jo Bloggs's NEC report"
    page = f"{title}\n\n{BODY}\n"
    assert find_author(page, 0, title) == "Jo Bloggs"
    assert find_author(page, 0, None) is None


def test_a_name_heading_a_section_is_not_the_author() -> None:
    page = f"NEC Report – 3 June 2021\n\nKeir Starmer's report\n\n{BODY}\n"
    assert find_author(page, 0, "NEC Report – 3 June 2021") is None


def test_a_byline_names_people_not_organisations_or_roles() -> None:
    assert author_names("Jo Bloggs and Sam Okafor") == "Jo Bloggs, Sam Okafor"
    assert author_names("Jo Bloggs & Momentum Forum") == "Jo Bloggs"
    assert author_names("Latest News") is None
    assert author_names("General Secretary") is None


def test_i_is_the_author_only_when_one_person_wrote_the_page() -> None:
    assert single_author("Dana Whitfield") == "Dana Whitfield"
    assert single_author("Dana Whitfield\nCLP rep") == "Dana Whitfield"
    assert single_author("Dana Whitfield, Sam Hale") is None
    assert single_author("the group secretary") is None
    assert single_author("Matters Arising") is None
    assert single_author(None) is None
