"""An election address is no meeting report (SPEC: Report). Its headline appeals for votes ("Vote Jo Bloggs for the
NEC", "Re-elect Ann Lee to Unite's Executive Council", "Back Priya Lal for the Regional Board") or sets a name beside
the body it stands for ("Sam Ode for Regional Board"), and its testimonials are quotations with whom they are from
("'Ann never misses a meeting.' – Sam Ode, branch secretary"), no headings. Pages written here in the registers of
an NEC candidate's site, a union's election page, a regional board candidate's leaflet and a CLP's circular."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

_NEC = """Vote Jo Bloggs for the NEC

Ballot papers go out on 1 July. Voting closes on 10 August 2024.

I have been a CLP secretary for six years. I am standing because members deserve representatives who report back
after every meeting and vote the way they said they would.

Nominated by 38 CLPs.
"""
_UNION = """Re-elect Ann Lee to Unite's Executive Council

Ann has served on the executive since 2019. In that time she moved the motion that won the 2022 pay campaign and
chaired the equalities committee.

"Ann never misses a meeting and always reports back." – Sam Ode, branch secretary, South East

Voting runs from 3 to 24 March 2025.
"""
_BOARD = """Sam Ode for Regional Board

Members have been shut out of the Regional Board for too long. Last month the board voted to close its meetings to
observers, by 9 votes to 4. I will vote to open them again.

Promoted by J. Smith on behalf of S. Ode, 12 High Street, Walsall.
"""
_CLP = """Back Priya Lal for the Regional Board

The executive committee agreed last week to nominate Priya, and the general committee endorsed her by 30 votes to 2.
Please vote for her when the ballot opens.
"""


@pytest.mark.parametrize("page", [_NEC, _UNION, _BOARD, _CLP])
def test_an_election_address_is_no_report(page: str) -> None:
    assert extract(page, "test.txt").reports == []


@pytest.mark.parametrize(
    "heading",
    [
        "Pete Smith's Report for Labour's January Executive",
        "NEC votes to back Jo Bloggs for chair",
        "Support for the rule changes grows on the NEC",
    ],
)
def test_a_report_or_news_headline_naming_a_person_still_heads_a_report(heading: str) -> None:
    page = f"{heading}\n\nThe NEC met on Tuesday 9 January 2024. The motion on the freeze date was carried 20-14.\n"
    [report] = extract(page, "test.txt").reports
    assert report.title == heading


def test_a_quotation_inside_a_dated_report_leaves_it_whole() -> None:
    page = (
        "NEC report – 14 March 2023\n\nThe NEC met on Tuesday. The motion on the freeze date was carried 20-14.\n\n"
        '"We will keep fighting for members." – Jo Bloggs, CLP rep\n\n'
        "The next item was the budget, which was agreed.\n"
    )
    [report] = extract(page, "test.txt").reports
    assert len(report.motions) == 2
