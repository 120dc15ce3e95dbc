"""Marks a page puts before its lines are no words of them: a page converted to markdown opens its headings with "#"
marks ("## NEC Report – 14 March 2023"), and minutes number their paragraphs ("1.", "3.1", "(a)", "Item 4:"). The
same page with and without its marks gives the same records; titles come out without the marks, and evidence still
quotes the page as given. A number that is a line's content ("1,200 members joined", "12 votes to 9", "3 May 2022")
and a hashtag ("#NEC") are read as before."""

from __future__ import annotations

import re
from typing import Any

import pytest

from nec_extract.language.reading_copy import reading_copy
from nec_extract.models import Document
from nec_extract.pipeline import extract

# pages written for these tests, with their marks
MARKED = {
    "nec write-up as markdown": (
        "# NEC Report – 14 March 2023\n\n"
        "By Dana Whitcombe\n\n"
        "## Leader's report\n\n"
        "Keir Starmer opened with a report on the local elections on 4 May. He said the party was ready.\n\n"
        "## General Secretary's report\n\n"
        "David Evans reported that membership stood at 390,000, down from 432,000 in January 2022.\n\n"
        "### Rule changes\n\n"
        "I moved a rule change to shorten the freeze date; it was seconded by Gurinder Josan. It was defeated by 22 "
        "votes to 11.\n\n"
        "#### Org Sub\n\n"
        "The Organisation Committee's recommendations on the selections timetable were agreed without dissent.\n"
    ),
    "news report as markdown": (
        "# Ruling body backs new selection timetable – 21 November 2023\n\n"
        "## What was decided\n\n"
        "The timetable was passed by 25 votes to 8, according to people in the room.\n\n"
        "A proposal from the left to open every selection to a trigger ballot was voted down.\n\n"
        "## Membership\n\n"
        "Officials told the meeting that 12,000 members had left over the previous quarter.\n\n"
        "#NEC #Labour\n"
    ),
    "clp minutes with headed items": (
        "## Westbrook CLP General Meeting – 12 January 2025\n\n"
        "### Item 1: Welcome\n"
        "Chair Hannah Bright opened the meeting.\n\n"
        "### Item 2: Minutes\n"
        "The minutes of the December meeting were approved.\n\n"
        "### Item 3: Motions\n"
        "A motion on local bus services, moved by Ola Nwosu and seconded by Chris Tate, was carried 31 to 4.\n\n"
        "### Item 4: Secretary's report\n"
        "Secretary Jamie Lowe reported that the CLP had 640 members.\n"
    ),
    "two reports of a union executive as markdown": (
        "## Executive Council report – 9 July 2024\n\n"
        "The General Secretary, Fiona Carrick, reported that membership had reached 41,250.\n"
        "The pay claim of 9% for 2025, moved by Mona Haddad, was carried by 14 votes to 3 with 1 abstention.\n\n"
        "## Executive Council report – 17 September 2024\n\n"
        "Rosa Okafor moved that the union affiliate to the campaign; this was agreed unanimously.\n"
    ),
}
_HEADING_MARK = re.compile(r"^#{1,6} ", re.MULTILINE)


def _records(document: Document) -> list[dict[str, Any]]:
    """What a reader of the records sees, without the offsets the marks move."""
    return [
        {
            "title": report.title,
            "meeting_date": report.meeting_date and (report.meeting_date.start, report.meeting_date.precision),
            "speakers": sorted(speaker.name or "" for speaker in report.speakers),
            "motions": [(m.kind, m.outcome, m.movers, m.seconders, m.summary) for m in report.motions],
            "votes": [(v.for_, v.against, v.abstentions, v.unanimous) for v in report.votes],
            "membership": [(m.metric, m.value, m.approximate) for m in report.membership],
            "dates": [(d.text, d.start, d.end, d.precision) for d in report.dates],
        }
        for report in document.reports
    ]


@pytest.mark.parametrize("page", MARKED.values(), ids=MARKED.keys())
def test_heading_marks_change_no_record(page: str) -> None:
    marked = _records(extract(page))
    assert marked, "the page is a report"
    assert marked == _records(extract(_HEADING_MARK.sub("", page)))


@pytest.mark.parametrize("page", MARKED.values(), ids=MARKED.keys())
def test_titles_come_without_their_marks_and_evidence_quotes_the_page(page: str) -> None:
    document = extract(page)
    for report in document.reports:
        assert report.title is not None
        assert not report.title.startswith("#")
        assert page[report.span.start : report.span.end].lstrip("# ").startswith(report.title)
        spans = [m.evidence for m in report.motions] + [v.evidence for v in report.votes]
        for span in spans + [m.evidence for m in report.membership]:
            assert page[span.start : span.end] == span.text


def test_a_marked_heading_dates_its_meeting() -> None:
    page = "### Branch committee meeting, 3 May 2024\n\nThe accounts were agreed.\n"
    (report,) = extract(page).reports
    assert report.title == "Branch committee meeting, 3 May 2024"
    assert report.meeting_date is not None
    assert (report.meeting_date.start, report.meeting_date.text) == ("2024-05-03", "3 May 2024")


def test_hashtags_and_numbers_that_open_a_line_are_its_words() -> None:
    page = (
        "Branch committee meeting, 3 May 2024\n\n"
        "1,200 members joined the union this year.\n"
        "2019 was a hard year for the branch.\n"
        "12 votes to 9 carried the motion on the hardship fund.\n"
        "3 May 2022 was the day of the last annual meeting.\n"
        "#NEC was trending all evening.\n"
        "No. 10 announced a review of the scheme.\n"
    )
    (report,) = extract(page).reports
    assert [(m.metric, m.value) for m in report.membership] == [("joined", 1200)]
    assert [(v.for_, v.against) for v in report.votes] == [(12, 9)]
    assert ("2019", "2019") in [(d.text, d.start) for d in report.dates]
    assert ("3 May 2022", "2022-05-03") in [(d.text, d.start) for d in report.dates]
    assert "#" not in "".join(d.text for d in report.dates)


def test_a_table_of_decisions_read_the_same_when_its_rows_are_indented() -> None:
    rows = [
        "M1 Pay claim for 2025 Support Carried",
        "M2 Closure of the regional office Oppose Lost",
        "M3 Affiliation to the campaign Support Remitted",
    ]
    page = "Branch delegates' report: conference, 3 May 2024\n\nMotion Subject How we voted Outcome\n{}\n"
    flush = extract(page.format("\n".join(rows))).reports[0].motions
    indented = extract(page.format("\n".join("    " + row for row in rows))).reports[0].motions
    assert [(m.summary, m.outcome) for m in indented] == [(m.summary, m.outcome) for m in flush]
    assert [m.outcome for m in flush] == ["carried", "defeated", "remitted"]


# pages written for these tests, their paragraphs numbered as minutes number them
NUMBERED = {
    "union executive minutes": (
        "Executive Committee minutes, 14 May 2024\n\n"
        "Present: Nadia Quist (NQ) - Treasurer, Alan Forsyth (AF) - Chair\n\n"
        "1. Two years ago, the executive changed the way it handles hardship claims. The executive decided to hand "
        "most of that work to a panel of three officers, which many branches resented.\n\n"
        "2. NQ: Suggested that the panel report to every meeting from now on. Agreed to put this to the branches "
        "in June.\n\n"
        "3. AF reported that the accounts for the year had been signed off by the auditors without any comment.\n\n"
        "4. The executive agreed by 9 votes to 2 to restore the hardship panel's budget for the rest of the year.\n"
    ),
    "council minutes": (
        "Minutes of the Cabinet Meeting of Hartfield Borough Council, 3 February 2025\n\n"
        "1. Declarations of interest\n"
        "1.1 Councillor Tom Ashcroft declared an interest in item 3 as a member of the housing trust board.\n\n"
        "2. Draft budget\n"
        "2.1 Councillor Dev Patel presented the draft budget and answered questions from members of the cabinet.\n"
        "2.2 Cabinet resolved:\n"
        "(a) to recommend a council tax increase of 4.99% to full Council;\n"
        "(b) to approve the capital programme;\n"
        "(c) to defer the review of parking charges until 1 April 2025.\n\n"
        "3. Housing strategy\n"
        "3.1 Under the provisions of Procedure Rule 12.4 leave was given to amend the recommendation so that the "
        "strategy runs for three years and it was moved by Councillor Sian Rees seconded by Councillor Dev Patel.\n"
        "3.2 The amended recommendation was carried by 7 votes to 1.\n"
    ),
}
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.? ", re.MULTILINE)


@pytest.mark.parametrize("page", NUMBERED.values(), ids=NUMBERED.keys())
def test_paragraph_numbers_change_no_record(page: str) -> None:
    numbered = _records(extract(page))
    assert numbered, "the page is a report"
    assert _summaries_unnumbered(numbered) == _summaries_unnumbered(_records(extract(_PARAGRAPH_NUMBER.sub("", page))))


_OPENING_NUMBER_AND_ARTICLE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.? )?(?:the )?", re.IGNORECASE)


def _summaries_unnumbered(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records with the number a summary may open with left out, and the article after it: numbered lines in a
    row ("3. Housing" / "3.1 Under the provisions ..." / "3.2 The amended ...") keep their numbers, which the readers
    of lists need."""
    for record in records:
        record["motions"] = [
            (*motion[:4], _OPENING_NUMBER_AND_ARTICLE.sub("", motion[4])) for motion in record["motions"]
        ]
    return records


def test_a_numbered_paragraph_told_of_another_time_decides_nothing() -> None:
    (report,) = extract(NUMBERED["union executive minutes"]).reports
    assert not any("panel of three officers" in motion.summary for motion in report.motions)
    assert [(v.for_, v.against) for v in report.votes] == [(9, 2)]


def test_a_paragraph_number_beside_a_date_is_no_part_of_it() -> None:
    page = (
        "Executive Committee minutes\n\n"
        "4. 12 March 2024: the committee met at head office and agreed the accounts for the year.\n"
        "5. 3 May was set as the closing day for nominations to the regional committee.\n"
    )
    (report,) = extract(page).reports
    assert report.meeting_date is not None and report.meeting_date.start == "2024-03-12"
    assert [(d.text, d.start) for d in report.dates] == [("12 March 2024", "2024-03-12"), ("3 May", "2024-05-03")]


def test_numbers_of_a_list_brought_in_by_a_colon_still_mark_its_items() -> None:
    page = (
        "Executive report – 10 September 2024\n\n"
        "After a long debate on the general secretary's report, the Executive agreed:\n"
        "1. Plans to prepare for an early general election, with a campaign on school funding.\n"
        "2. Funding for that campaign as recommended by the finance committee this morning.\n"
    )
    (report,) = extract(page).reports
    assert [m.outcome for m in report.motions] == ["carried", "carried"]
    assert report.motions[1].summary.startswith("Funding for that campaign")


def test_numbered_item_titles_start_no_report() -> None:
    page = (
        "Westbrook CLP annual meeting, 12 January 2025\n\n"
        "1. Minutes of the 2024 AGM\n"
        "Approved. Proposed Ola Nwosu, seconded Chris Tate.\n"
        "2. Minutes of the executive meeting held on 5 December 2024\n"
        "Noted.\n"
    )
    (report,) = extract(page).reports
    assert report.title == "Westbrook CLP annual meeting, 12 January 2025"
    assert {s.name for s in report.speakers} == {"Ola Nwosu", "Chris Tate"}


def test_the_reading_copy_blanks_the_marks_one_character_for_one() -> None:
    page = (
        "## Branch report\n"
        "#NEC trended\n\n"
        "12. The branch agreed to send two delegates to the regional conference in the spring.\n\n"
        "3.1 Minutes of the last meeting\n"
        "12 votes to 9 carried it.\n"
        "2019 was a hard year for the branch, and the officers said so more than once.\n"
        "The branch agreed:\n"
        "1. to send two delegates;\n"
        "2. to pay their fares.\n"
    )
    copy = reading_copy(page)
    assert len(copy) == len(page)
    assert copy.split("\n")[:9] == [
        "   Branch report",
        "#NEC trended",
        "",
        "    The branch agreed to send two delegates to the regional conference in the spring.",
        "",
        "3.1 Minutes of the last meeting",
        "12 votes to 9 carried it.",
        "2019 was a hard year for the branch, and the officers said so more than once.",
        "The branch agreed:",
    ]
    assert copy.endswith("1. to send two delegates;\n2. to pay their fares.\n")


# pages written for these tests, with the marks of a page converted from HTML, of minutes numbered "1)" and "(a)",
# and of an e-mail reply; each is read against the same page without them
CONVERTED = {
    "nec write-up as markdown with bold headings": (
        "**NEC Report – 26 September 2023**\n\n"
        "*by Marianne Howe*\n\n"
        "The NEC met on the eve of conference.\n\n"
        "**General Secretary's report**\n\n"
        "The GS, David Evans, reported that membership was about 370,000, with 9,000 having left since the summer.\n\n"
        "__Org Sub__\n\n"
        "The recommendations of the Organisation Committee were agreed, with me voting against one part.\n\n"
        "*Conference arrangements*\n\n"
        "A proposal to allow CLPs a second contemporary motion was put to the vote and lost 13 to 21. I spoke in "
        "favour.\n\n"
        "*Agreed:*\n\n"
        "* the timetable for the Blackpool South selection;\n"
        "* a new code of conduct for social media.\n"
    ),
    "council page with setext headings": (
        "Planning and Environment Committee – Monday 2 September 2024\n"
        "=============================================================\n\n"
        "Tree preservation order, Mill Lane\n"
        "----------------------------------\n\n"
        "Cllr Martin Osei proposed that the provisional order be confirmed without modification. Cllr Rob Dunne "
        "seconded. The committee voted 5 in favour, 1 against, and the order was confirmed.\n\n"
        "Allotment rents\n"
        "---------------\n\n"
        "The clerk's paper proposing a rent rise of 3% from April 2025 was considered. It was resolved to defer a "
        "decision to the October meeting.\n"
    ),
    "union minutes numbered 1) and (1)": (
        "Regional Committee – minutes of meeting held 14 May 2024\n\n"
        "(1) Apologies were received from Dawn Pike and Les Orme, who were both at the regional conference.\n\n"
        "(2) The minutes of the meeting of 9 April were agreed as a true record without any amendment.\n\n"
        "(3) The Regional Secretary, Grace Oduya, reported on the ballot result on the pay offer. It was resolved:\n"
        "(a) to thank the negotiating team;\n"
        "(b) to ask branches to report back on local bargaining by 30 June.\n\n"
        "4) The motion from Westgate branch on agency staff, moved by Ian Trew and seconded by Amira Saleh, was "
        "carried by 17 votes to 2.\n\n"
        "5) The committee noted that the region had 12,480 members, a net increase of 310 since January.\n"
    ),
    "e-mail reply quoting the minutes": (
        "Hi all, below are the minutes as agreed, for anyone who missed the meeting.\n\n"
        "> Eastfield Branch Committee – 16 April 2024\n"
        ">\n"
        "> 1) The minutes of the March meeting were approved by the committee without any changes.\n"
        "> 2) Ben Adeyemi moved that the branch affiliate to the local trades council;\n"
        "> seconded by Carol Quinn. Carried by 9 votes to 2.\n"
        "> 3) A proposal to move the committee's meetings to Thursday evenings was lost.\n"
        "> 4) The treasurer reported that the branch had 214 members, 11 of them in arrears.\n\n"
        "Tom\n"
    ),
}
_EMPHASIS = re.compile(r"\*\*|__|(?m:^\*(?=\S)|(?<=\S)\*$)")
_SETEXT_UNDERLINE = re.compile(r"(?m)^(?<=.\n)[=-]{4,}\n")
_QUOTE = re.compile(r"(?m)^> ?")
_BRACKETED_NUMBER = re.compile(r"(?m)^(?:> )?\(?\d\) ")


def _without_marks(page: str) -> str:
    return _BRACKETED_NUMBER.sub("", _QUOTE.sub("", _SETEXT_UNDERLINE.sub("", _EMPHASIS.sub("", page))))


@pytest.mark.parametrize("page", CONVERTED.values(), ids=CONVERTED.keys())
def test_converted_and_quoted_pages_read_as_without_their_marks(page: str) -> None:
    marked = _records(extract(page))
    assert marked and all(record["motions"] for record in marked), "the page reports decisions"
    assert marked == _records(extract(_without_marks(page)))


@pytest.mark.parametrize("page", CONVERTED.values(), ids=CONVERTED.keys())
def test_converted_pages_give_titles_without_marks_and_quote_the_page(page: str) -> None:
    for report in extract(page).reports:
        assert report.title is not None and report.title[:1].isalnum() and report.title[-1:].isalnum()
        for span in [m.evidence for m in report.motions] + [v.evidence for v in report.votes]:
            assert page[span.start : span.end] == span.text


def test_the_reading_copy_blanks_emphasis_underlines_and_quote_marks_one_for_one() -> None:
    page = (
        "**Branch report – 3 May 2024**\n\n"
        "Minutes\n"
        "=======\n\n"
        "**Agreed:** the accounts.\n"
        "***Resolved:***\n"
        "(a) to thank the officers;\n"
        "(b) to send two delegates to the regional conference in the spring, with their fares paid.\n"
        "We **must** act, said the chair.\n"
        "**The accounts were\n"
        "approved.**\n"
        "> > 1) The branch agreed to send two delegates to the regional conference in the spring.\n"
        ">\n"
        "> (b) The branch noted the report of the regional secretary on the spring campaign.\n"
    )
    copy = reading_copy(page)
    assert len(copy) == len(page)
    assert copy.split("\n") == [
        "  Branch report – 3 May 2024  ",
        "",
        "Minutes",
        "       ",
        "",
        "  Agreed:   the accounts.",
        "   Resolved:   ",
        "(a) to thank the officers;",
        "(b) to send two delegates to the regional conference in the spring, with their fares paid.",
        "We   must   act, said the chair.",
        "  The accounts were",
        "approved.  ",
        "       The branch agreed to send two delegates to the regional conference in the spring.",
        " ",
        "      The branch noted the report of the regional secretary on the spring campaign.",
        "",
    ]


def test_bullets_separators_and_lone_marks_are_read_as_written() -> None:
    page = (
        "Branch committee meeting, 3 May 2024\n\n"
        "* The budget was agreed.\n"
        "* The rota was agreed.\n"
        "_ the signature line\n\n"
        "The meeting closed at nine.\n"
        "----------------------------------------\n\n"
        "---\n"
        "> 5,000 members joined the union this year.\n"
        "snake_case_names and 5* hotels\n"
    )
    assert reading_copy(page) == page
    (report,) = extract(page).reports
    assert [m.outcome for m in report.motions] == ["carried", "carried"]


def test_a_line_of_dashes_between_two_reports_still_parts_them() -> None:
    page = (
        "NEC Report – 3 May 2024\n\n"
        "The NEC agreed to send two delegates to the conference. Keir Starmer reported on the elections.\n"
        "--------------------\n"
        "NEC Report – 7 June 2024\n\n"
        "The accounts for the year were approved by 8 votes to 1. David Evans reported on the finances.\n"
    )
    assert reading_copy(page) == page
    assert [r.title for r in extract(page).reports] == ["NEC Report – 3 May 2024", "NEC Report – 7 June 2024"]


def test_bracketed_numbers_inside_a_sentence_or_a_tally_are_its_words() -> None:
    page = (
        "Branch committee meeting, 3 May 2024\n\n"
        "The committee agreed recommendation (1) of the review and deferred recommendation (2) to June.\n"
        "The amendment fell (for 9, against 11, abstentions\n"
        "1) and the motion was then carried without a vote.\n"
    )
    assert reading_copy(page) == page
    (report,) = extract(page).reports
    assert [(v.for_, v.against) for v in report.votes] == [(9, 11)]


def test_a_report_quoted_in_a_reply_is_read_whole() -> None:
    page = CONVERTED["e-mail reply quoting the minutes"]
    (report,) = extract(page).reports
    assert report.title == "Eastfield Branch Committee – 16 April 2024"
    assert {s.name for s in report.speakers} - {None} == {"Ben Adeyemi", "Carol Quinn"}
    assert [(v.for_, v.against) for v in report.votes] == [(9, 2)]
    assert [(m.metric, m.value) for m in report.membership] == [("members", 214), ("arrears", 11)]
