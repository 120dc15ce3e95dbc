"""Pages that tell of no meeting of their own, written here in the voices of a news report, an opinion piece,
a union bulletin and a CLP's diary, with pages that do as negatives:

- a decision told of another time ("The NEC agreed last year to ...", "Back in 2019 the executive voted ...")
  says nothing of a meeting the page reports;
- a diary of dated entries with their hours ("GC – Thursday 12 May, 7pm, Co-op hall") is no account, and its
  lines are no meeting headings."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def reports(page: str) -> list[str | None]:
    return [r.title for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    "page",
    [
        "Row over selections\n\nMembers in Northtown have accused the leadership of blocking their candidate. The NEC "
        "agreed last year to take control of selections in such seats, a spokesperson said.\n",
        "Why the rulebook matters\n\nBack in 2019 the executive voted to change the way officers are chosen. In this "
        "piece I look at what it has meant for branches.\n",
        "Pay: where we stand\n\nThe committee previously agreed to seek a ten per cent rise. Employers have not yet "
        "answered, and talks are expected to resume soon.\n",
    ],
)
def test_a_decision_told_of_another_time_makes_no_account(page: str) -> None:
    assert reports(page) == []


@pytest.mark.parametrize(
    "page",
    [
        "Executive update\n\nThe executive met on Tuesday and agreed to back the ballot. The General Secretary "
        "reported on the talks.\n",
        "GC round-up\n\nLast night the GC agreed the motion on housing, first proposed last year, by 20 votes to 4.\n",
    ],
)
def test_a_decision_of_the_meeting_itself_still_makes_an_account(page: str) -> None:
    assert len(reports(page)) == 1


@pytest.mark.parametrize(
    "page",
    [
        "Upcoming meetings\n\nGC – Thursday 12 May, 7pm, Co-op hall\nExecutive – Tuesday 3 May, 7.30pm, online\n"
        "Campaign day – Saturday 14 May, 10am, market square\n",
        "Dates for your diary\n\nBranch meeting – Monday 6 March at 7pm, Miners' Welfare\n"
        "Women's forum – Wednesday 15 March, 18:30, online\n",
    ],
)
def test_a_diary_of_dated_entries_with_their_hours_holds_no_report(page: str) -> None:
    assert reports(page) == []


def test_stacked_meeting_headings_without_hours_are_still_two_reports() -> None:
    page = (
        "NEC – 14 March 2022\nOrganisation Committee – 7 March 2022\n\nThe NEC met in London and agreed the "
        "timetable for selections. The committee had agreed the papers for it.\n"
    )
    assert len(reports(page)) == 2
