"""The author a page names only at its edges (language.people.signed), and the speakers extractor using it for the
author's "I" when no byline names the writer. Pages written for these tests, invented people."""

from __future__ import annotations

import pytest

from nec_extract.extractors.speakers import extract_speakers
from nec_extract.language.people.signed import edge_author
from support import report_context


def author_of(page: str) -> str | None:
    return edge_author(page, 0, len(page))


@pytest.mark.parametrize(
    ("page", "author"),
    [
        # a personal blog: its address spells the name its footer gives
        ("jobloggs.org.uk | Home | Reports\n\nNEC report\n\nI moved the motion.\n\n© Jo Bloggs 2021\n", "Jo Bloggs"),
        (
            "www.sam-hale.blog\n\nCouncil group notes\n\nI spoke against the cuts.\n\nSam Hale, Eastfield ward",
            "Sam Hale",
        ),
        # a copyright line alone
        ("NEC report\n\nI asked about the budget.\n\nCopyright 2020 Ruth Ansah · Privacy · Cookies\n", "Ruth Ansah"),
        # a news site's closing line saying who the writer is
        (
            "NEC report\n\nI voted for the rule change.\n\nDev Raman is a CLP representative on Labour's NEC.\n\n"
            "Share this article\n",
            "Dev Raman",
        ),
        (
            "Branch report\n\nI raised the rota.\n\nTara Quinn sits on the branch committee for the night staff.",
            "Tara Quinn",
        ),
        # a signature led by a dash, or followed by the site's links
        ("Organisation Committee\n\nI proposed the change.\n\n– Lena Ortiz, CLP representative\n", "Lena Ortiz"),
        (
            "NEC report\n\nI moved an amendment.\n\nPriya Castell\nCLP representative on the NEC\n"
            "Read my earlier reports | Subscribe by email\n",
            "Priya Castell",
        ),
        # the same in other forms: a labelled or bracketed closing line, a name and office on one line, a bare name
        ("NEC report\n\nI moved it.\n\nAbout the author: Jo Bloggs is a CLP rep on the NEC.\n", "Jo Bloggs"),
        ("NEC report\n\nI moved it.\n\n(Jo Bloggs is a member of the NEC.)\n", "Jo Bloggs"),
        ("NEC report\n\nI moved it.\n\nJo Bloggs | CLP representative on the NEC\n", "Jo Bloggs"),
        ("Branch report\n\nI raised the rota.\n\nJo Bloggs\n", "Jo Bloggs"),
    ],
)
def test_the_author_named_at_the_edges(page: str, author: str) -> None:
    assert author_of(page) == author


@pytest.mark.parametrize(
    "page",
    [
        # an address that spells no name on the page
        "labourlist.org | News\n\nNEC report\n\nJo Bloggs moved the motion.\n",
        # an organisation's copyright
        "NEC report\n\nThe motion was carried.\n\n© 2021 Eastfield Labour Party\n",
        # a closing line about someone the report already names: a fact about a speaker
        "NEC report\n\nJo Bloggs moved the motion.\n\nJo Bloggs is the MP for Eastfield.\n",
        # a closing line that is no signature
        "NEC report\n\nThe motion was carried.\n\nThe next meeting is in March.\n",
        # minutes signed by the chair; a name the body gives as a speaker
        "Branch minutes\n\nThe rota was agreed.\n\nSigned: Jo Bloggs\n",
        "Branch minutes\n\nJo Bloggs moved the motion.\n\nJo Bloggs\n",
        # the site's links alone
        "Branch notes\n\nI raised the rota.\n\nThe Leader | Our Councillors | Contact\n",
    ],
)
def test_no_author_at_the_edges(page: str) -> None:
    assert author_of(page) is None


def test_the_authors_i_takes_the_name_from_the_edges() -> None:
    page = (
        "NEC report\n\nI moved the amendment and Sam Hale seconded.\n\nDev Raman is a CLP representative on the NEC.\n"
    )
    speakers = extract_speakers(report_context(page))
    assert {(s.name, s.is_author) for s in speakers} == {("Dev Raman", True), ("Sam Hale", False)}


def test_a_byline_wins_over_the_edges() -> None:
    page = "NEC report\n\nI moved the amendment.\n\nDev Raman is a CLP representative on the NEC.\n"
    speakers = extract_speakers(report_context(page, author="Jo Bloggs"))
    assert [(s.name, s.is_author) for s in speakers] == [("Jo Bloggs", True)]
