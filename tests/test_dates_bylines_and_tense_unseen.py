"""Dates on unseen pages (issue 12), on pages and sentences written here in several styles (Green Party
region, union branch, CLP, NEC write-up, news), each with negatives:

- a byline with an affiliation in brackets, whose words may hold a hyphen ("Posted by <name> (co-chair),
  24.11.22"), dates the page, so "On Tuesday we met" counts back from it;
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

BODY = "The board agreed the conference agenda by 9 votes to 2, and the treasurer reported on the accounts."


def page_facts(page: str) -> tuple[str | None, list[str | None]]:
    document = extract(page, "t.txt")
    published = str(document.published) if document.published else None
    return published, [r.meeting_date.start if r.meeting_date else None for r in document.reports]


@pytest.mark.parametrize(
    ("heading", "byline", "opening", "published", "meeting"),
    [
        (
            "Regional Committee summary report",
            "Posted by Ria Moss (regional co-ordinator), 24.11.22",
            "On Tuesday we met at the regional office.",
            "2022-11-24",
            "2022-11-22",
        ),
        (
            "Branch executive report",
            "Written by Ade Cole (vice-chair), 12/06/2021",
            "On Thursday the executive met in the union office.",
            "2021-06-12",
            "2021-06-10",
        ),
        (
            "CLP executive notes",
            "By Lin Shaw (ex-officio member) - 3 March 2020",
            "The executive met last night in the Labour club.",
            "2020-03-03",
            "2020-03-02",
        ),
        (
            "NEC report",
            "Posted by Sam Okoro-Hale, 14 March 2019",
            "On Tuesday the NEC met for five hours.",
            "2019-03-14",
            "2019-03-12",
        ),
    ],
)
def test_a_byline_with_a_bracketed_affiliation_dates_the_page(
    heading: str, byline: str, opening: str, published: str, meeting: str
) -> None:
    assert page_facts(f"{heading}\n{byline}\n\n{opening} {BODY}\n") == (published, [meeting])


def test_a_byline_without_a_date_dates_nothing() -> None:
    byline = "Posted by Ria Moss (regional co-ordinator)"
    page = f"Regional Committee summary report\n{byline}\n\nOn Tuesday we met. {BODY}\n"
    assert page_facts(page) == (None, [None])
