"""A notice of a meeting to come under a site's section title ("Westmere CLP – News" over "Agenda: General
Committee, Tuesday 12 March 2024" / "The next meeting ... will be held on ...") is no report: a site's section
after a separator ("– News", "| Bulletin") does not make the title a meeting's write-up, as "report" or "update"
does (round-22 pages bank, written here: a CLP's news page). Near-misses: a report's title over a line about the
next meeting, and a "Board news" item that goes on to tell the meeting, stay reports."""

from __future__ import annotations

from nec_extract.pipeline import extract


def titles(page: str) -> list[str | None]:
    return [r.title for r in extract(page, "test.txt").reports]


def test_an_agenda_notice_under_a_sites_news_section_is_no_report() -> None:
    page = (
        "Westmere CLP – News\n\nAgenda: General Committee, Tuesday 12 March 2024\n\n"
        "The next meeting of the General Committee will be held on Tuesday 12 March 2024 at 7.30pm at the Co-op Hall."
        "\n\nAgenda\n1. Apologies\n2. Minutes of the meeting held on 13 February\n3. Secretary's report\n"
        "4. Any other business\n\nPosted 5 March 2024\n"
    )
    assert titles(page) == []


def test_a_branch_bulletins_notice_is_no_report() -> None:
    page = (
        "Northgate Branch | Bulletin\n\nBranch AGM – Thursday 14 March 2024\n\nThe branch AGM will be held on Thursday"
        " 14 March at 6pm in the staff canteen. Nominations for officers close on 7 March.\n"
    )
    assert titles(page) == []


def test_a_reports_title_over_the_next_meetings_date_stays_a_report() -> None:
    page = (
        "GC report – 13 February 2024\n\nThe next meeting will be held on 12 March. At this meeting the GC agreed to"
        " support the bus depot campaign and elected two delegates to regional conference.\n"
    )
    assert titles(page) == ["GC report – 13 February 2024"]


def test_a_body_news_item_that_tells_the_meeting_stays_a_report() -> None:
    page = (
        "Board news\nMarch 10, 2017\n\nThe board will meet Thursday, March 16, to consider the budget. The secretary"
        " reported on the campaign and members asked about the budget.\n"
    )
    assert titles(page) == ["Board news"]
