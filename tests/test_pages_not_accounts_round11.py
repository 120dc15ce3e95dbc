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


# --- a look back over many meetings, or a speech given at one ---------------------------------------------------

RETROSPECTIVES = [
    # an NEC member's year in review, given as a speech to a campaign's AGM
    "A year on the executive\n\nOur rep spoke to the annual meeting of the Grassroots Network on Saturday. It has been "
    "a hard twelve months. From the very first meeting we raised the cuts to regional staff, and we pressed for a "
    "fair complaints process. We’ve raised the treatment of young members again and again. There are dozens of "
    "meetings a year, so it is a big commitment. Thank you for your support.\n",
    # a union rep's column looking back over a term
    "Three years on the council\n\nI was elected in 2021 and have learned a great deal. Since the first meeting I "
    "attended we argued for a proper pay structure. We’ve agreed some good things and lost some arguments. The "
    "staff have been patient with us. I will stand again next spring, and I hope you will back me.\n",
]


@pytest.mark.parametrize("page", RETROSPECTIVES)
def test_a_look_back_over_many_meetings_is_no_account(page: str) -> None:
    assert reports(page) == []


ACCOUNTS = [
    "Branch report\n\nThe branch met on Thursday at the library. Twelve members attended and the treasurer reported "
    "a small surplus. We agreed to send two delegates to the regional conference. The secretary thanked everyone "
    "for their work on the leaflet. The meeting closed at nine.\n",
    "Council report\n\nCouncillors met last night in the chamber. The leader opened the debate on the budget and the "
    "opposition moved an amendment on libraries. It was defeated by 30 votes to 21. The budget itself was then "
    "carried. Residents watched from the gallery.\n",
]


@pytest.mark.parametrize("page", ACCOUNTS)
def test_an_account_of_one_meeting_of_that_length_stays_a_report(page: str) -> None:
    assert len(reports(page)) == 1


# --- the order of business told ("The first item of business was ...") -------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        "This was a special meeting to agree the business of the regional conference. The first item of business "
        "was the review of the standing orders, which the committee itself will put to conference.\n",
        "It was a short meeting of the branch, held online. The next item was the treasurer's report on the "
        "accounts for the year.\n",
        "This was the council's budget meeting, held in the chamber. The main business was the new housing plan, "
        "and the final item was a question on the bus routes.\n",
    ],
)
def test_an_untitled_page_telling_the_order_of_business_is_an_account(page: str) -> None:
    assert len(reports(page)) == 1


def test_an_order_of_business_to_come_is_no_account() -> None:
    page = (
        "Notice of meeting\n\nThe branch will meet on Thursday in the library. The first item will be the "
        "treasurer's report, and the next item is to be the election of a new secretary.\n"
    )
    assert reports(page) == []


# --- minutes laid out under their section labels -----------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        # a steering committee's draft minutes, without a heading naming the meeting
        "DRAFT MINUTES\n\nAgenda\nI. Setup\nA. Facilitator: Jo Bloggs\nB. Committee Roll Call:\n1. Sam Jones\n"
        "2. Ali Khan\nC. Adoption of the agenda\n",
        # a CLP's minutes with their labels
        "Present: Jo Bloggs (chair), Sam Jones, Ali Khan\nApologies: Kim Lee\nMatters arising: none.\n"
        "AOB: the hall booking for the summer.\n",
        # a union branch's minutes, the names on the line below the label
        "In attendance\nJo Bloggs, Sam Jones, Ali Khan, Kim Lee\n\nCorrespondence\nA letter from the region.\n\n"
        "Any other business\nThe Christmas social.\n",
    ],
)
def test_minutes_laid_out_under_their_labels_are_an_account(page: str) -> None:
    assert len(reports(page)) == 1


@pytest.mark.parametrize(
    "page",
    [
        # an agenda of a meeting to come: the labels alone, one under another
        "1. Apologies\n2. Minutes of the last meeting\n3. Matters arising\n4. AOB\n",
        # two labels only
        "Present: Jo Bloggs, Sam Jones\nApologies: none\n",
    ],
)
def test_an_agenda_or_two_labels_are_no_minutes(page: str) -> None:
    from nec_extract.page.segment.account import laid_out_as_minutes

    assert not laid_out_as_minutes(page, 0, len(page))
