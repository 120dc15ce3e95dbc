"""An e-mail that carries a report: its subject line over a short cover note that points below ("Please find below my
report of yesterday's NEC") is no report of its own, whatever the report's heading under it (round-22 pages
bank, written here: a CLP rep's e-mail to CLP secretaries). Near-miss: a subject line over a note that tells
what the meeting did is the report."""

from __future__ import annotations

from nec_extract.pipeline import extract

_HEADER = "From: Marcus Oyelaran\nSent: Wednesday, January 25, 2023 8:02 AM\nTo: CLP secretaries\n"


def titles(page: str) -> list[str | None]:
    return [r.title for r in extract(page, "test.txt").reports]


def test_a_subject_and_a_cover_note_over_the_report_are_no_report() -> None:
    page = (
        f"{_HEADER}Subject: NEC report\n\nDear all,\n\nPlease find below my report of yesterday's NEC. As always, feel"
        " free to share it.\n\nBest wishes,\nMarcus\n\nNEC report\n\nThe meeting opened with tributes. The NEC then"
        " agreed the procedures for the remaining selections. I asked that CLPs be given more notice; this was"
        " rejected.\n"
    )
    assert titles(page) == ["NEC report"]


def test_a_branch_circulars_note_that_points_below_is_no_report() -> None:
    page = (
        "Subject: Branch committee meeting\n\nColleagues – see below for the report of Monday's meeting.\n\n"
        "Branch committee meeting\n\nThe committee agreed to ballot members over the pay offer. The vote was"
        " unanimous.\n"
    )
    assert titles(page) == ["Branch committee meeting"]


def test_a_subject_over_the_account_itself_is_the_report() -> None:
    page = (
        f"{_HEADER}Subject: Branch committee 8 June – decisions\n\nDear colleagues,\n\nThe branch committee agreed"
        " last night to demand a fresh risk assessment for every building. It also agreed to recommend rejection of"
        " the pay offer.\n"
    )
    assert titles(page) == ["Subject: Branch committee 8 June – decisions"]


# The note's own day, in a sentence that points below, is the report's; the e-mail's "Date:" or "Sent:" line is the
# e-mail's: neither makes the note a teaser of a meeting of its own.
def test_a_cover_note_that_dates_the_report_below_is_no_report() -> None:
    # a CLP secretary's e-mail, the day in the note and in the header
    page = (
        "Subject: Report of last week's general meeting + dates\nFrom: Secretary, Eastmoor CLP\n"
        "Date: Mon, 11 Mar 2024 08:15\n\nDear all,\n\nBelow is a short report of the general meeting held on Thursday"
        " 7 March.\n\nGENERAL MEETING, 07.03.24\n\nThirty members attended. A motion on bus services was carried with"
        " two against.\n"
    )
    assert titles(page) == ["GENERAL MEETING, 07.03.24"]


def test_a_union_regions_cover_note_with_a_sent_line_is_no_report() -> None:
    page = (
        "Sent: 18 April 2024 09:12\nSubject: Regional committee report\n\nColleagues,\n\nPlease find below my report"
        " of the regional committee on Tuesday 16 April. Do pass it on.\n\nRegional Committee – 16 April\n\nThe"
        " committee agreed to give £500 to the hardship fund and heard a report on the pay talks.\n"
    )
    assert titles(page) == ["Regional Committee – 16 April"]


def test_a_subject_over_a_note_that_tells_its_own_meeting_is_the_report() -> None:
    # near-miss: the day is in a sentence that points nowhere below, the note is a teaser of its own meeting
    page = (
        "Subject: Policy commission report\n\nThe commission met on Saturday 9 March in Cardiff and looked at"
        " housing.\n\n"
        "Housing Working Group – 16 March\n\nThe working group agreed its terms of reference and a timetable for the"
        " consultation.\n"
    )
    assert titles(page)[0] == "Subject: Policy commission report"
