"""Lines inside one meeting's account whose place shows they belong to it, though they name minutes, a meeting or a
date: a minutes' labelled agenda item ("Item 2 – Minutes of 3 October 2023"), a sentence broken across lines by a
PDF ("The minutes of the meeting held on 5 August were agreed" / "as a correct record ..."), a sub-item indented
under a numbered item ("   Secretary: vacant, to be filled at the June meeting"), a row of a table flattened with
bars between its cells ("... | Org Sub | Deferred to the July meeting"). None starts a new report; a real second
meeting's heading still does. Pages written for these tests in the styles of council, union and CLP minutes and an
NEC write-up with an agenda."""

from __future__ import annotations

import pytest

from nec_extract.page.segment import names_meeting, segment
from nec_extract.page.segment.lines import is_heading_like
from support import titles_and_first_meeting_day

_COUNCIL = (
    "Ashcombe Parish Council\nMinutes – 12 November 2024\n\nPresent: Cllrs Ruddock (Chair), Penhale, Osei\n\n"
    "The Chair welcomed two members of the public.\n\n"
)


@pytest.mark.parametrize(
    "item",
    [
        "Item 2 – Minutes of 8 October 2024",
        "Agenda item 2: Minutes of the meeting held on 8 October 2024",
        "ITEM 2 - Minutes of the Council meeting, 8 October 2024",
        "Item 2a – Minutes of 8 October",
    ],
)
def test_a_labelled_agenda_item_naming_earlier_minutes_heads_nothing(item: str) -> None:
    page = (
        f"{_COUNCIL}Item 1 – Declarations of interest\nNone.\n\n{item}\nApproved and signed.\n\n"
        "Item 3 – Bus shelter\nThe council resolved to replace the shelter on Mill Lane.\n"
    )
    assert not is_heading_like(item)
    assert titles_and_first_meeting_day(page) == (["Minutes – 12 November 2024"], "2024-11-12")


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("The minutes of the meeting held on 8 October 2024 were agreed", "as a correct record and signed."),
        ("Minutes of the branch meeting on 3 April 2025 were accepted", "without amendment, proposed by Dee Oyelaran."),
        ("The GC minutes of 14 January 2025 were approved", "subject to one correction to the attendance list."),
    ],
)
def test_a_sentence_broken_after_its_verb_heads_nothing(upper: str, lower: str) -> None:
    page = f"{_COUNCIL}1. MINUTES\n{upper}\n{lower}\n\n2. PLAY AREA\nThe council agreed to resurface the play area.\n"
    assert titles_and_first_meeting_day(page) == (["Minutes – 12 November 2024"], "2024-11-12")


def test_a_title_over_its_byline_in_lower_case_still_heads_its_report() -> None:
    page = (
        "What was decided at the NEC – 5 March 2024\nby Jo Bloggs\n\n"
        "The NEC met on Tuesday. The rulebook changes were agreed by 22 votes to 9.\n"
    )
    assert titles_and_first_meeting_day(page)[1] == "2024-03-05"


@pytest.mark.parametrize(
    "sub_item",
    [
        "   Secretary: vacant, to be filled at the June meeting",
        "      Youth Officer – vacant until the branch meeting on 9 July",
        "\tPolitical Education Officer: co-option at the September meeting",
    ],
)
def test_an_indented_sub_item_heads_nothing(sub_item: str) -> None:
    page = (
        "Eastfield Unison Branch\nANNUAL GENERAL MEETING\nThursday 6 March 2025\n\n"
        "3. Annual report: moved by the secretary and accepted.\n\n4. Election of officers\n"
        f"   Chair: Mags Duffy – re-elected unopposed\n{sub_item}\n\n"
        "5. Motions\n   5.1 Support the hospital porters' strike: carried.\n"
    )
    assert titles_and_first_meeting_day(page) == (["ANNUAL GENERAL MEETING"], "2025-03-06")


@pytest.mark.parametrize(
    ("title", "day", "body"),
    [
        (
            "NEC report – 21 January 2025",
            "2025-01-21",
            "By a CLP rep\n\nThe NEC met on Tuesday with a long agenda. The business, as the office circulated it "
            "afterwards:\n\nItem | Lead | Outcome\nCLP boundary review | Org Sub | Deferred to the July meeting\n"
            "Selection timetable for 2026 | General Secretary | Agreed\n"
            "Conference arrangements | CAC | Noted; report to the March meeting\n\n"
            "The left argued the boundary review should go back to the regions, but lost the vote 14-20.\n",
        ),
        (  # one row under the table's head and its rule of bars and dashes
            "Hillcrest CLP – General Committee, 13 May 2025",
            "2025-05-13",
            "The GC was quorate with 31 delegates.\n\nMotion | From | Result\n---|:---:|---\n"
            "Back the bin workers | Unite | Deferred to the June meeting\n\n"
            "The secretary will write to the council leader.\n",
        ),
    ],
)
def test_rows_of_a_flattened_table_head_nothing(title: str, day: str, body: str) -> None:
    assert titles_and_first_meeting_day(f"{title}\n\n{body}") == ([title], day)


def test_a_barred_title_alone_still_heads_its_page() -> None:
    page = "NEC report | 21 January 2025 | Grassroots Voice\n\nThe NEC met on Tuesday and agreed the timetable.\n"
    assert titles_and_first_meeting_day(page)[1] == "2025-01-21"


def test_a_second_meetings_heading_on_an_archive_page_still_starts_a_report() -> None:
    page = (
        "Branch Committee – 3 March 2025\nThe committee agreed to send two delegates to the regional council.\n\n"
        "Branch Committee – 7 April 2025\nThe committee agreed the branch's response to the pay offer.\n"
    )
    assert titles_and_first_meeting_day(page) == (
        ["Branch Committee – 3 March 2025", "Branch Committee – 7 April 2025"],
        "2025-03-03",
    )


def test_a_minutes_title_of_the_pages_own_meeting_still_heads_it() -> None:
    page = (
        "Minutes of the Special Council Meeting\n\nPresent: the Mayor and nine councillors.\n\n"
        "Item 1 – Budget\nThe council resolved to set the precept at £48,200.\n"
    )
    assert names_meeting("Minutes of the Special Council Meeting")
    assert [block.title for block in segment(page)] == ["Minutes of the Special Council Meeting"]


def test_two_stacked_headings_naming_different_meetings_start_two_reports() -> None:
    page = (
        "Executive Committee – 4 June 2024\nExecutive Committee – 18 June 2024\n\n"
        "Both meetings dealt with the pay ballot. The executive agreed to recommend acceptance.\n"
    )
    assert len(segment(page)) == 2
