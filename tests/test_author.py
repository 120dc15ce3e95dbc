"""The author: found in a page's header, byline or title (page/author.py), and read as a person by the people
service, on pages written here."""

from __future__ import annotations

import pytest

from nec_extract.language.people import author_names, single_author
from nec_extract.page.author import find_author
from nec_extract.pipeline import extract

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
    assert find_author(f"Tackling abuse – the NEC report\n\n{BODY}\n", 0, None) is None


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


@pytest.mark.parametrize(
    "title",
    [
        "NEC Report 14 March 2023 – Cllr Jo Bloggs",
        "Jo Bloggs NEC Report – 19th July 2022",
        "Welsh Executive meeting, May 2019 (Report by Jo Bloggs)",
        "Report from Jo Bloggs: NEC Meeting 24 July 2001",
        "Jo Bloggs's NEC report, March",
    ],
)
def test_the_author_named_in_the_heading(title: str) -> None:
    page = f"{title}\n\n{BODY}\n"
    assert find_author(page, 0, title) == "Jo Bloggs"


@pytest.mark.parametrize(
    "title",
    ["Leader's Report – Keir Starmer", "NEC meeting – 3 June 2021"],
)
def test_someone_elses_report_in_the_heading_is_not_the_author(title: str) -> None:
    assert find_author(f"{title}\n\n{BODY}\n", 0, title) is None


@pytest.mark.parametrize(
    ("page", "heading"),
    [
        # a bare byline under the heading, with or without an affiliation in brackets
        (f"NEC Report – June 2021\nJo Bloggs\n\n{BODY}", "NEC Report – June 2021"),
        (f"NEC Report – June 2021\nJo Bloggs (Unite)\n\n{BODY}", "NEC Report – June 2021"),
        # a signature block above the heading, title and honours dropped
        (f"Cllr Jo Bloggs MP\nNEC member\n\nNEC Report – June 2021\n\n{BODY}", "NEC Report – June 2021"),
        # an attribution in the opening lines
        (
            f"NEC Report – June 2021\n\nPlease see below Jo Bloggs's report from Labour's full NEC.\n\n{BODY}",
            "NEC Report – June 2021",
        ),
        (
            f"NEC Report – June 2021\n\nMy report is here: Jo Bloggs December NEC report\n\n{BODY}",
            "NEC Report – June 2021",
        ),
    ],
)
def test_the_author_in_a_byline_signature_or_attribution(page: str, heading: str) -> None:
    assert find_author(page, page.index(heading), heading) == "Jo Bloggs"


def test_once_named_the_author_is_i() -> None:
    document = extract(f"NEC Report – June 2021\nJo Bloggs (Unite)\n\nI asked about the budget. {BODY}\n", "t.txt")
    speakers = document.reports[0].speakers
    assert [(s.name, s.is_author) for s in speakers if s.is_author] == [("Jo Bloggs", True)]


def test_the_authors_own_report_is_not_a_speech() -> None:
    page = f"NEC Report – June 2021\n\nPlease see below Jo Bloggs's report from the NEC.\n\n{BODY}\n"
    speakers = extract(page, "t.txt").reports[0].speakers
    assert "Jo Bloggs" not in {s.name for s in speakers}
