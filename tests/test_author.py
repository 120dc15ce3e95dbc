"""The author: found in a page's header, byline or title (page/author.py), and read as a person by the people
service, on pages written here."""

from __future__ import annotations

import pytest

from nec_extract.language.people import author_names, single_author
from nec_extract.page.author import find_author, report_author
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
        ("Jo Bloggs — notes from a CLP rep on the NEC", "Jo Bloggs"),
        ("Priya Shah: my report from the executive", "Priya Shah"),
        ("Tom Evans-Pugh — Regional Council delegate", "Tom Evans-Pugh"),
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


@pytest.mark.parametrize(
    "header",
    ["Labour NEC: what happened", "Minutes: Executive Committee", "Regional Office — Updates", "North West: news"],
)
def test_a_header_of_places_and_bodies_names_no_author(header: str) -> None:
    page = f"{header}\n\nNEC Report – 3 June 2021\n\n{BODY}\n"
    assert find_author(page, page.index("NEC Report")) is None


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


# --- a report's own byline (each post of a blog archive) -------------------------------------------------------


@pytest.mark.parametrize(
    "byline",
    [
        "July 18, 2019 · Jo Bloggs · 5 Comments",
        "Posted on 18 July 2019 by Jo Bloggs",
        "By Jo Bloggs | 18/07/2019 | NEC reports",
        "Jo Bloggs / 18 July 2019 / No comments",
        "18th July 2019 • by Jo Bloggs",
    ],
)
def test_a_reports_own_byline_names_its_author(byline: str) -> None:
    page = f"NEC update: July meeting\n{byline}\n\n{BODY}\n"
    assert report_author(page, 0, len(page), "NEC update: July meeting") == "Jo Bloggs"


@pytest.mark.parametrize(
    "line",
    [
        "Leader's report – Keir Starmer – 10 minutes",  # an agenda line, no date
        "Treasurer · Jo Bloggs",
        "Present: Jo Bloggs, Sam Hale · 3 May 2019",
    ],
)
def test_a_line_under_the_heading_that_is_no_byline(line: str) -> None:
    page = f"NEC update: July meeting\n{line}\n\n{BODY}\n"
    assert report_author(page, 0, len(page), "NEC update: July meeting") is None


def test_each_post_of_an_archive_has_its_own_i() -> None:
    page = (
        "JO BLOGGS\nCouncillor and member of the National Executive\n\n"
        "NEC meeting, July 2019\nJuly 18, 2019 · Jo Bloggs · 5 Comments\n\n"
        "I asked about the disputes panel. Ellen Marsh replied that it would be ready soon.\n\n"
        "Guest post: the Women's Conference meeting, May 2019\nMay 30, 2019 · Hana Kowal · 0 Comments\n\n"
        "At the Women's Conference arrangements meeting I proposed a mentoring scheme, which was agreed.\n"
    )
    document = extract(page, "t.txt")
    assert document.author == "Jo Bloggs"
    authors = [[s.name for s in report.speakers if s.is_author] for report in document.reports]
    assert authors == [["Jo Bloggs"], ["Hana Kowal"]]


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("ALICE MORGAN\nCouncillor for Riverside ward", "Alice Morgan"),
        ("BRENDAN O'NEILL\nNotes from the executive", "Brendan O'Neill"),
    ],
)
def test_a_blog_header_in_capitals_with_a_common_first_name_names_the_author(header: str, author: str) -> None:
    page = f"{header}\n\nNEC Report – 3 June 2021\n\n{BODY}\n"
    assert find_author(page, page.index("NEC Report")) == author


def test_a_blog_header_in_capitals_names_whom_the_page_names_so() -> None:
    page = f"JO BLOGGS\nCouncillor\n\nNEC Report – 3 June 2021\n\n{BODY}\n\nAll content © 2021 Jo Bloggs\n"
    assert find_author(page, page.index("NEC Report")) == "Jo Bloggs"


@pytest.mark.parametrize("header", ["NEC REPORT\nJune 2021", "LABOUR PARTY NEWS\nthe latest", "BREAKING NEWS"])
def test_a_header_in_capitals_that_is_no_name(header: str) -> None:
    page = f"{header}\n\nNEC Report – 3 June 2021\n\n{BODY}\n"
    assert find_author(page, page.index("NEC Report")) is None


# --- a byline that names several people ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "byline",
    [
        "A report from your members' representatives: Alys Rowe, Tom Wick, Kerry Boyd and Imran Qadir",
        "A report from our NEC representatives: Alys Rowe, Tom Wick, Kerry Boyd and Imran Qadir",
        "Report by Alys Rowe, Tom Wick, Kerry Boyd and Imran Qadir",
    ],
)
def test_a_byline_of_several_people_makes_none_of_them_a_speaker(byline: str) -> None:
    page = (
        f"NEC report – March 2024\n\n{byline}\n\n"
        "The meeting was chaired by Rachel Dunn, who welcomed new members. We raised concerns about the cost of the "
        "new membership system, and Kerry Boyd asked for a breakdown by region.\n"
    )
    speakers = extract(page, "t.txt").reports[0].speakers
    assert {s.name for s in speakers if s.name} == {"Rachel Dunn", "Kerry Boyd"}


# --- a signature under a sign-off ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "closing",
    [
        "Best wishes,\nIona Fraser\nCLP representative on the SEC",
        "In solidarity,\n\nCllr Iona Fraser\nBranch Secretary",
        "Yours fraternally\nIona Fraser",
    ],
)
def test_a_signature_under_a_sign_off_names_the_author(closing: str) -> None:
    page = f"SEC meeting, 9 March 2019\n\nI seconded the motion on training. {BODY}\n\n{closing}\n"
    assert find_author(page, 0, "SEC meeting, 9 March 2019") == "Iona Fraser"
    speakers = extract(page, "t.txt").reports[0].speakers
    assert [s.name for s in speakers if s.is_author] == ["Iona Fraser"]


@pytest.mark.parametrize(
    "closing",
    [
        "Thanks,\nIona",  # a first name alone
        "Thanks to Iona Fraser and Sam Hale for the minutes.",  # thanks in a sentence
        "Best wishes,\nThe Branch Committee",
    ],
)
def test_a_closing_that_signs_no_name(closing: str) -> None:
    page = f"SEC meeting, 9 March 2019\n\n{BODY}\n\n{closing}\n"
    assert find_author(page, 0, "SEC meeting, 9 March 2019") is None


@pytest.mark.parametrize(
    "byline",
    [
        "Published 14 October 2021 by Sadia Karim",
        "Updated on 3 May 2021 by Sadia Karim",
        "Sadia Karim | 20 September 2021",
        "Posted in CAC reports by Sadia Karim · 3 comments",
        "Sadia Karim writes:",
    ],
)
def test_more_ways_a_post_names_its_author(byline: str) -> None:
    page = f"Regional Executive: October meeting\n{byline}\n\nI moved the motion on rents. {BODY}\n"
    assert report_author(page, 0, len(page), "Regional Executive: October meeting") == "Sadia Karim"


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("Pat Doyle\nCLP representative", "Pat Doyle"),
        ("Cllr Pat Doyle\nGroup Secretary, Eastfield", "Pat Doyle"),
        ("Present:\nPat Doyle\nSam Hale", None),  # a list of names, not a signature
        ("Pat Doyle", None),  # a name alone
    ],
)
def test_a_signature_block_without_a_sign_off(closing: str, author: str | None) -> None:
    page = f"NEC report – 15 February 2022\n\nI raised the disputes backlog. {BODY}\n\n{closing}\n"
    assert find_author(page, 0, "NEC report – 15 February 2022") == author


# --- a last line that signs the page with a name and the day of writing -----------------------------------------


@pytest.mark.parametrize(
    ("signature", "author", "published"),
    [
        ("Jo Bloggs, 14 March 2019", "Jo Bloggs", "2019-03-14"),  # an NEC write-up
        ("Jo Bloggs (NEC member), 14/03/2019", "Jo Bloggs", "2019-03-14"),  # an affiliation in brackets
        ("Sam Okafor (Unite) – 14 March 2019", "Sam Okafor", "2019-03-14"),  # a union delegate's report
    ],
)
def test_a_dated_signature_names_the_author_and_dates_the_page_not_the_meeting(
    signature: str, author: str, published: str
) -> None:
    page = f"NEC report\n\nThe NEC on 12 March agreed the budget. {BODY}\n\n{signature}\n"
    document = extract(page, "test.txt")
    assert document.author == author
    assert document.published == published
    assert [r.meeting_date.start if r.meeting_date else None for r in document.reports] == ["2019-03-12"]


@pytest.mark.parametrize(
    "last_line",
    [
        "Regional Executive, 14 March 2019",  # a body, not a person
        "Next meeting – 14 March 2019",
        "Labour Party, 14 March 2019",
    ],
)
def test_a_last_line_with_a_date_and_no_person_names_no_author(last_line: str) -> None:
    page = f"NEC report\n\nThe NEC met in London. {BODY}\n\n{last_line}\n"
    assert extract(page, "test.txt").author is None


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("Jo Bloggs @jobloggs", "Jo Bloggs"),
        ("Kez Adeyemi (she/her) @kez@union.social", "Kez Adeyemi"),
        ("Rhiannon Pryce 🌹\n@RhiPryceNEC", "Rhiannon Pryce"),
        ("Gethin Morgan @gethinmorgan.bsky.social", "Gethin Morgan"),
    ],
)
def test_a_social_posts_writer_over_their_handle(header: str, author: str) -> None:
    page = f"{header}\n\nNEC report – 14 March 2023\n\n{BODY}\n"
    assert find_author(page, page.index("NEC report")) == author


@pytest.mark.parametrize("header", ["@BranchLabour", "Follow us @NorthLabour", "Share on X @ NEC"])
def test_a_handle_with_no_name_gives_no_author(header: str) -> None:
    page = f"{header}\n\nNEC report – 14 March 2023\n\n{BODY}\n"
    assert find_author(page, page.index("NEC report")) is None
