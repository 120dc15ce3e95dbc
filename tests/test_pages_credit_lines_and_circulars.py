"""Segmentation on unseen pages (issue 12), on pages written here in several styles (council group, union
branch, CLP, NEC write-up), each with negatives:

- a dated line under a heading that credits a person with the notes or the post ("Notes: <name>, Group
  Secretary, <date>") names no meeting, though its role holds a body's word: it is no second report;
- a page title that names no meeting of its own (a union circular's number, a bulletin's name), over a memo's
  lines and then a heading that names one: the meeting's heading starts the report, so the memo's date is
  not the meeting's.
"""

from __future__ import annotations

import pytest

from nec_extract.page.segment.furniture import is_credit_line
from nec_extract.pipeline import extract

BODY = "The committee agreed to fund the new banner. The treasurer reported a balance of £900 for the year."


def reports(page: str) -> list[tuple[str | None, str | None]]:
    return [(r.title, r.meeting_date.start if r.meeting_date else None) for r in extract(page, "t.txt").reports]


@pytest.mark.parametrize(
    "line",
    [
        "Notes: K. Lowe, Group Secretary, 04.10.22",
        "Minutes taken by: Bea Marsh, Secretary, 06/03/20",
        "Recorded by T. Ng, Branch Secretary, 15.01.21",
        "Notes: Dan Hurst (Minutes Secretary), 03.05.19",
        "Prepared by Ola Brand, Assistant Secretary, 9 June 2021",
        "Cal Ford, Minutes Secretary, 3 May 2019",
    ],
)
def test_a_dated_line_crediting_a_person_is_a_credit_line(line: str) -> None:
    assert is_credit_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Organisation Committee (Sub), 13 March 2018",  # a body, not a person
        "Westford Branch, AGM, 3 May 2019",
        "Ola Brand, NEC report, 12 March 2019",  # a title that names its writer
        "Finance Committee, Tuesday 3 May 2019",
        "Notes: Dan Hurst (Minutes Secretary), see below",  # no date
        "NEC Report – 12 March 2019",
    ],
)
def test_headings_and_undated_lines_are_no_credit_lines(line: str) -> None:
    assert not is_credit_line(line)


@pytest.mark.parametrize(
    ("heading", "credit"),
    [
        ("Group Meeting – Monday 3 October 2022", "Notes: K. Lowe, Group Secretary, 04.10.22"),
        ("Branch Meeting – 14 January 2021", "Recorded by T. Ng, Branch Secretary, 15.01.21"),
        ("General Committee – 2 May 2019", "Minutes taken by: Dan Hurst (Minutes Secretary), 03/05/19"),
        ("NEC meeting – 12 March 2019", "Written by Ola Brand, CLP representative on the NEC, 13 March 2019"),
    ],
)
def test_a_credit_line_under_a_heading_starts_no_second_report(heading: str, credit: str) -> None:
    page = f"{heading}\n{credit}\n\n{BODY}\n"
    [(title, _)] = reports(page)
    assert title == heading


def test_two_stacked_meetings_are_still_two_reports() -> None:
    page = f"NEC – 20 March 2018\nOrganisation Committee – 13 March 2018\n\n{BODY}\n"
    nec, committee = ("NEC – 20 March 2018", "2018-03-20"), ("Organisation Committee – 13 March 2018", "2018-03-13")
    assert reports(page) == [nec, committee]


MEMO_PAGES = [
    # union circular
    (
        "Branch Circular No. 7/19\nTo: all branch secretaries\nDate: 20 March 2019\n\n"
        "Executive Committee – decisions of 16 March 2019\n\n",
        "Executive Committee – decisions of 16 March 2019",
        "2019-03-16",
    ),
    # CLP bulletin
    (
        "Westford CLP Bulletin 42\nIssued: 9 May 2021\n\nMinutes of the General Committee held on 5 May 2021\n\n",
        "Minutes of the General Committee held on 5 May 2021",
        "2021-05-05",
    ),
    # council group
    (
        "Labour Group Circular 3/2022\nFrom: the Group Secretary\nDate: 14 February 2022\n\n"
        "Group Meeting – Monday 7 February 2022\n\n",
        "Group Meeting – Monday 7 February 2022",
        "2022-02-07",
    ),
    # party region, an e-mail
    (
        "Regional Board circular\nSent: 30 June 2020\n\nRegional Board meeting, 27 June 2020\n\n",
        "Regional Board meeting, 27 June 2020",
        "2020-06-27",
    ),
]


@pytest.mark.parametrize(("memo", "heading", "meeting"), MEMO_PAGES)
def test_a_meeting_heading_under_a_memos_lines_starts_the_report(memo: str, heading: str, meeting: str) -> None:
    assert reports(f"{memo}{BODY}\n") == [(heading, meeting)]


def test_a_meeting_heading_over_a_dateline_keeps_its_sections() -> None:
    page = f"NEC Report – 5 March 2019\nPosted 7 March 2019\n\nSpecial Meeting – 5 March\n\n{BODY}\n"
    assert reports(page) == [("NEC Report – 5 March 2019", "2019-03-05")]


def test_a_bulletin_title_over_its_body_stays_one_report() -> None:
    page = f"Westford CLP Bulletin 42\nIssued: 9 May 2021\n\nThe General Committee met on 5 May. {BODY}\n"
    [(_, meeting)] = reports(page)
    assert meeting == "2021-05-05"
