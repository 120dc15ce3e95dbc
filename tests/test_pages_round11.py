"""Reports of kinds the round-11 bank found misread, on pages written here in several voices (NEC write-up, union
executive news, CLP bulletin, a blog's index), each with negatives:

- an undated heading over a short cover note, right over a dated report, is no report of its own;
- an index of dated meeting titles under a heading, with nothing else on the page, holds no report."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

BODY = "The General Secretary reported on the finances and members asked about the budget."


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


def titles(page: str) -> list[str | None]:
    return [r.title for r in extract(page, "test.txt").reports]


# --- an undated cover note over a dated report ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cover", "note", "heading"),
    [
        ("My NEC reports", "Below is my report from the latest meeting.", "NEC meeting – 20 September 2022"),
        ("Executive news", "Here is the latest report from your union executive.", "Executive Council, 14 March 2023"),
        ("CLP bulletin", "Thanks to everyone who came along. The report follows.", "General Committee – 2 May 2019"),
    ],
)
def test_an_undated_cover_note_over_a_dated_report_is_no_report(cover: str, note: str, heading: str) -> None:
    page = f"{cover}\n\n{note}\n\n{heading}\n\nThe committee met in the hall. {BODY}\n"
    assert titles(page) == [heading]


@pytest.mark.parametrize(
    "note",
    [
        "The executive met last week and agreed to back the ballot.",  # an account of its own meeting
        "As before, the full NEC meets on Tuesday 25 May. Justice Commission, 12 May 2021 heard evidence.",  # a teaser
    ],
)
def test_a_short_account_or_a_dated_teaser_under_an_undated_heading_stays_a_report(note: str) -> None:
    page = f"NEC update – policy\n\n{note} {BODY}\n\nNEC meeting – 20 September 2022\n\nThe NEC met in London. {BODY}\n"
    assert len(titles(page)) == 2


# --- an index of dated meeting titles ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "entries"),
    [
        ("NEC reports archive", ["NEC report, 14 March 2022", "NEC report, 25 Jan 2022", "NEC report, 9 June 2021"]),
        ("Executive minutes", ["Executive – 3 May 2023", "Executive – 5 April 2023", "Executive – 1 March 2023"]),
        ("Past meetings", ["GC meeting 12/01/2024", "GC meeting 08/12/2023", "GC meeting 10/11/2023", "GC 13/10/2023"]),
    ],
)
def test_a_heading_over_a_list_of_dated_meetings_holds_no_report(heading: str, entries: list[str]) -> None:
    page = heading + "\n\n" + "\n".join(entries) + "\n"
    assert titles(page) == []


def test_a_list_of_dated_meetings_under_a_report_leaves_the_report() -> None:
    page = (
        f"NEC report – 20 September 2022\n\nThe NEC met ahead of conference. {BODY}\n\n"
        "NEC report – 19 July 2022\nNEC report – 24 May 2022\nNEC report – 22 March 2022\n"
    )
    assert meeting_dates(page) == ["2022-09-20"]
