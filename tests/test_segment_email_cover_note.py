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
