"""A notice of a meeting to come under a heading that names it is no report: its heading or first sentences put
the meeting ahead ("will be held", "Agenda for ...", "save the date") and nothing in it says a meeting took place
or decided. Pages in the voices of a CLP's site, a union branch, an NEC member's blog and a Green party's news."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def reports(page: str) -> list[str | None]:
    return [r.title for r in extract(page, "test.txt").reports]


NOTICES = [
    "General Committee – 14 June 2023\n\nThe next GC will be held on 14 June at 7.30pm at the Co-op hall. Delegates "
    "should send apologies to the secretary, and motions must reach us by 1 June.\n",
    "Branch meeting agenda\n\nThe branch will meet on Thursday 12 May at 7pm in the library. All members are "
    "welcome.\n\n1. Apologies\n2. Minutes of the last meeting\n3. Matters arising\n4. AOB\n",
    "Agenda for the NEC meeting on 24 January 2023\n\nThe NEC meets on Tuesday. Items to be discussed include the "
    "budget, the timetable for selections and the report of the General Secretary.\n",
    "AGM 2024: save the date\n\nOur AGM will take place on Saturday 9 March 2024 at the Miners' Welfare. "
    "Nominations for officers close on 1 March. Please come along and have your say.\n",
]


@pytest.mark.parametrize("page", NOTICES)
def test_a_notice_of_a_meeting_to_come_is_no_report(page: str) -> None:
    assert reports(page) == []


REPORTS = [
    # a report that names the next meeting in its first sentence, and tells of this one
    "General Committee – 14 June 2023\n\nThe next GC will be held in September. At this one, delegates agreed the "
    "motion on housing and heard from our MP about the cost of living.\n",
    # a report whose heading is a notice's word, but whose text says the meeting took place
    "Agenda for change: the NEC meeting of 24 January 2023\n\nThe NEC met in London and agreed the timetable for "
    "the mayoral selections. The General Secretary reported on the finances.\n",
]


@pytest.mark.parametrize("page", REPORTS)
def test_a_report_that_names_a_meeting_to_come_stays_a_report(page: str) -> None:
    assert len(reports(page)) == 1


def test_a_notice_on_an_archive_page_leaves_the_reports_around_it() -> None:
    page = (
        "Executive – 9 May 2023\n\nThe executive met and agreed to back the campaign for safe staffing. The General "
        "Secretary reported on the talks.\n\nExecutive – 13 June 2023\n\nThe executive will meet on 13 June at head "
        "office. Branches should send their motions by 1 June.\n"
    )
    assert reports(page) == ["Executive – 9 May 2023"]


@pytest.mark.parametrize(
    "heading",
    ["Branch executive report", "Parish Council minutes – March 2019", "Executive update"],
)
def test_a_write_up_or_minutes_naming_the_next_meeting_first_stays_a_report(heading: str) -> None:
    page = f"{heading}\n\nThe next meeting will be held on 12 April. The treasurer reported on the accounts.\n"
    assert len(reports(page)) == 1
