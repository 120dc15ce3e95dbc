"""A site's bars, on pages written here in several styles (town council, union branch, CLP, party local, news):

- a menu of short items between separators ("Home | News | Meetings & Minutes | Contact") heads no report, though
  it names a body and its minutes; a breadcrumb under "You are here:" ("You are here: Home > Minutes > Minutes 2019")
  neither;
- a bar at the foot of a titled report, below its body, whose items hold an imprint or a site's links
  ("Westbrook CLP · Promoted by ...", "The Guildhall · Privacy · Cookies · Page last updated 3 May 2021") ends the
  report: its dates are none of it; it heads no report either, though it names a body and a day.
Negatives: a dated heading with a separator ("Branch meeting | 5 March 2024") still heads its report; a line of the
body with a separator and no site link ("Tuesday 5 March · 7pm · Town Hall") ends nothing.
"""

from __future__ import annotations

import pytest

from nec_extract.page.segment import segment
from nec_extract.page.segment.furniture import is_menu_bar
from nec_extract.pipeline import extract

BODY = (
    "The clerk reported that the accounts had been audited and the precept was on target for the year. After a "
    "long discussion members agreed to support the campaign for a new bus shelter on the high street."
)


@pytest.mark.parametrize(
    "menu",
    [
        "Home | Your Council | Councillors | Meetings & Minutes | Contact",  # town council
        "Branch news | Minutes | Officers | Join the union",  # union branch
        "Home · About the CLP · Executive Committee · Events · Donate",  # CLP
        "News • Local Party • Council Group • Get involved",  # party local
    ],
)
def test_a_menu_heads_no_report(menu: str) -> None:
    assert is_menu_bar(menu)
    page = f"{menu}\n\nMinutes of the Parish Council meeting – 4 March 2019\n\n{BODY}\n"
    blocks = segment(page)
    assert [block.title for block in blocks] == ["Minutes of the Parish Council meeting – 4 March 2019"]


@pytest.mark.parametrize(
    "heading",
    [
        "Branch meeting | 5 March 2024",
        "NEC Report | 28 March 2023 | Jo Bloggs",
        "Executive Committee · 12 June 2021",
    ],
)
def test_a_dated_heading_with_a_separator_is_no_menu(heading: str) -> None:
    assert not is_menu_bar(heading)
    page = f"{heading}\n\n{BODY}\n"
    assert [block.title for block in segment(page)] == [heading]


@pytest.mark.parametrize(
    "breadcrumb",
    [
        "You are here: Home > Meetings & Minutes > Minutes 2019",
        "You are here: Council / Committees / Planning committee minutes 2019",
        "You are here: Branch > News > Executive reports",
    ],
)
def test_a_you_are_here_breadcrumb_is_no_title(breadcrumb: str) -> None:
    title = "MINUTES OF THE MEETING OF THE TOWN COUNCIL HELD ON MONDAY 4TH MARCH 2019"
    blocks = segment(f"{breadcrumb}\n\n{title}\n\n{BODY}\n")
    assert [block.title for block in blocks] == [title]


@pytest.mark.parametrize(
    "footer",
    [
        "Westbrook Town Council · The Guildhall · Privacy · Cookies · Page last updated 20 May 2019",  # council
        "Hallam Green Party · Newsletter, May 2019 · Promoted by J. Bloggs on behalf of Hallam Green Party",  # local
        "Eastgate Branch | Contact us | Accessibility statement | Last updated 21 May 2019",  # union branch
        "Northfield CLP • Terms of use • Privacy policy • Site map • © 2019",  # CLP
        "Harbour Road Branch · Registered office: 40 Dock Street · Website updated 21/05/2019",  # union branch
        "Riverside Group | Site last modified 22 May 2019",  # council group
    ],
)
def test_a_bar_at_the_foot_ends_the_report(footer: str) -> None:
    page = f"Parish Council meeting – 14 May 2019\n\n{BODY}\n\n{footer}\n"
    reports = extract(page, "test.txt").reports
    assert len(reports) == 1
    assert [d.text for d in reports[0].dates] == ["14 May 2019"]
    assert reports[0].span.end < page.index(footer)


@pytest.mark.parametrize(
    "line",
    [
        "Next public meeting: Tuesday 4 June · 7pm · the Guildhall",  # council
        "Pickets: Monday 3 June | Depot gates | from 6am",  # union
        "The rally is on 8 June · all welcome.",  # CLP
    ],
)
def test_a_line_of_the_body_with_separators_ends_nothing(line: str) -> None:
    page = f"Parish Council meeting – 14 May 2019\n\n{BODY}\n\n{line}\n\n{BODY}\n"
    reports = extract(page, "test.txt").reports
    assert len(reports) == 1
    assert reports[0].span.end == len(page.rstrip())
    assert len(reports[0].dates) == 2
