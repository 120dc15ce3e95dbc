"""Dates and reports on unseen pages (issue 12, round 5), on pages and sentences written here in several styles
(CLP and union minutes, NEC write-ups, council minutes, news), each with negatives:

- a number after an identifier's word ("Room 2019") or in a campaign's name ("Plan 2030") is no year;
- minutes that agree a dated earlier meeting's minutes: that meeting is not this one, and gives this one its year;
- a heading's one year before the meeting's name ("Report of the 2019 Annual Meeting") is the meeting's year;
- a label over a list of the site's earlier reports, and a run of dated headings with no text, are no reports;
- a posting stamp as the last sentence of a line dates the page.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from nec_extract.pipeline import extract
from support import report_context

BODY = "The secretary reported on the campaign and members asked about the budget."


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


# --- a number after an identifier's word, or in a campaign's name, is no year --------------------------------


def years_found(sentence: str) -> list[str | None]:
    return [m.start for m in extract_dates(report_context(sentence, meeting="2021-05-03", parse=False))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The branch met in Room 2019 of the civic centre.",  # union minutes
        "Members asked that membership number 2021 be reissued.",  # CLP minutes
        "The complaint (ref: 2020) was closed without action.",  # NEC write-up
        "Councillors discussed case 2018 and the planning appeal.",  # council minutes
        "The party launched its Plan 2030 for the regions.",  # news
        "Volunteers for the Campaign 2024 initiative met at noon.",
    ],
)
def test_a_number_that_names_a_room_a_case_or_a_campaign_is_no_year(sentence: str) -> None:
    assert years_found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The branch has met in this room since 2019.",
        "Labour's 2019 manifesto was quoted at length.",
        "The plan for 2030 was agreed.",  # lower case, after "for"
        "The case was first heard in 2018.",
    ],
)
def test_a_year_near_those_words_is_still_a_year(sentence: str) -> None:
    assert len(years_found(sentence)) == 1


# --- minutes that agree a dated earlier meeting's minutes: that meeting is not this one, and gives its year ---


@pytest.mark.parametrize(
    ("page", "meeting"),
    [
        (
            "Minutes of the General Committee meeting held on 6th October\n\n"
            f"1. The minutes of the previous meeting (8 September 2020) were agreed.\n2. {BODY}\n",
            "2020-10-06",
        ),
        (
            "Branch Committee – 14 January\n\n"
            f"The minutes of the last meeting, held on 10 December 2021, were accepted. {BODY}\n",
            "2022-01-14",
        ),
        (
            f"Parish Council – minutes, 15 May\n\nNotes of the last meeting of 17 April 2018 approved. {BODY}\n",
            "2018-05-15",
        ),
        (
            f"Executive – 6 June\n\nThe record of the previous meeting on 2 May 2022 was confirmed. {BODY}\n",
            "2022-06-06",
        ),
    ],
)
def test_the_earlier_meeting_whose_minutes_are_agreed_dates_this_one(page: str, meeting: str) -> None:
    assert meeting_dates(page) == [meeting]


@pytest.mark.parametrize(
    ("page", "meeting"),
    [
        # a dated day of something else gives no year
        (f"Branch Committee – 14 January\n\nMembership stood at 420 on 10 December 2021. {BODY}\n", None),
        # this meeting's own date, with the minutes of the one before agreed undated
        (
            "Minutes of the Branch Committee meeting\n\n"
            f"The committee met on 4 March 2019. The minutes of the previous meeting were agreed. {BODY}\n",
            "2019-03-04",
        ),
    ],
)
def test_other_dates_near_minutes_are_read_as_before(page: str, meeting: str | None) -> None:
    assert meeting_dates(page) == [meeting]


# --- a heading's year before the meeting's name --------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "sentence", "meeting"),
    [
        ("Report of the 2019 Annual Meeting", "The meeting was held on 20 March in the Town Hall.", "2019-03-20"),
        ("Notes from the 2018 NEC", "The NEC met on 20 March and agreed the rule changes.", "2018-03-20"),
        ("Eastshire Branch 2021 AGM", "We met on 20 March at the union office.", "2021-03-20"),
        ("The 2022 Regional Council", "The council gathered on 20 March in Leeds.", "2022-03-20"),
    ],
)
def test_a_year_before_the_meetings_name_in_a_heading_is_the_meetings_year(
    heading: str, sentence: str, meeting: str
) -> None:
    assert meeting_dates(f"{heading}\n\n{sentence} {BODY}\n") == [meeting]


@pytest.mark.parametrize(
    "heading",
    [
        "NEC discusses the 2019 general election review",  # the year of what was discussed
        "Branch meeting on 2019 pension changes",
    ],
)
def test_a_year_of_something_else_in_a_heading_is_not_the_meetings(heading: str) -> None:
    page = f"{heading}\n\nThe meeting was held on 20 March in the Town Hall. {BODY}\n"
    assert meeting_dates(page) == [None]


# --- a label over a list of the site's earlier reports -------------------------------------------------------

REPORT = (
    "NEC Report – 14 March 2023\n\nThe NEC met on Tuesday and agreed the new code of conduct after a long "
    "debate. The general secretary reported on finances.\n\n"
)


def reports_of(page: str) -> list[tuple[str | None, str | None]]:
    found = extract(page, "test.txt").reports
    return [(r.title, r.meeting_date.start if r.meeting_date else None) for r in found]


@pytest.mark.parametrize(
    "links",
    [
        "Previous reports\n\nNEC Report – 24 January 2023\nNEC Report – 22 November 2022\n",  # a blog archive
        "More NEC reports\n\nNEC Report – 24 January 2023\n\nNEC Report – 22 November 2022\n",
        "Earlier posts:\nExecutive update – 24 January 2023\nExecutive update – 22 November 2022\n",  # a union site
        "Past reports\n- Branch minutes, 24 January 2023\n- Branch minutes, 22 November 2022\n",
    ],
)
def test_headings_listed_under_a_label_of_earlier_reports_are_no_reports(links: str) -> None:
    assert reports_of(REPORT + links) == [("NEC Report – 14 March 2023", "2023-03-14")]


def test_a_section_of_other_reports_stays_in_its_report() -> None:
    page = REPORT + "Other reports\n\nThe NEC also heard from the youth representative on the summer school.\n"
    found = extract(page, "test.txt").reports
    assert len(found) == 1
    assert "summer school" in page[found[0].span.start : found[0].span.end]


def test_a_sentence_about_earlier_reports_does_not_end_the_report() -> None:
    page = REPORT + "Previous reports from the panel were noted, and the chair thanked the staff for their work.\n"
    found = extract(page, "test.txt").reports
    assert "thanked the staff" in page[found[0].span.start : found[0].span.end]


@pytest.mark.parametrize(
    "links",
    [
        "NEC Report – 24 January 2023\n\nNEC Report – 22 November 2022\n\nNEC Report – 20 September 2022\n",
        "Tags: pay, ballots\n\nRegional Council – 24 January 2023\nRegional Council – 22 November 2022\n",
        "Branch minutes – 7 February 2023\nBranch minutes – 10 January 2023\n",
    ],
)
def test_a_run_of_dated_headings_with_no_text_under_any_is_no_report(links: str) -> None:
    assert reports_of(REPORT + links) == [("NEC Report – 14 March 2023", "2023-03-14")]


def test_stacked_headings_over_a_body_are_still_two_reports() -> None:
    page = (
        REPORT + "NEC – 20 March 2023\nOrganisation Committee – 13 March 2023\n\nThe committee agreed the "
        "timetable for the regional conferences and heard a report on the membership system.\n"
    )
    assert [meeting for _, meeting in reports_of(page)] == ["2023-03-14", "2023-03-20", "2023-03-13"]


def test_a_last_report_cut_off_in_its_first_sentence_still_counts() -> None:
    page = REPORT + "NEC Report – 24 January 2023\n\nThe NEC met in London and the first item was the\n"
    assert [meeting for _, meeting in reports_of(page)] == ["2023-03-14", "2023-01-24"]


# --- a posting stamp as the last sentence of a paragraph -----------------------------------------------------


def published_of(page: str) -> str | None:
    return extract(page, "test.txt").published


@pytest.mark.parametrize(
    ("page", "day"),
    [
        (
            "Brigade Committee report\n\nThe committee met yesterday and agreed to support the national ballot. "
            "Posted 11 October 2022.\n",
            "2022-10-11",
        ),
        (
            "CLP Executive\n\nLast night the executive backed the campaign against the library closures and "
            "thanked the canvassers. Published on 3 March 2021\n",
            "2021-03-03",
        ),
    ],
)
def test_a_posting_stamp_that_ends_a_paragraph_dates_the_page(page: str, day: str) -> None:
    assert published_of(page) == day


@pytest.mark.parametrize(
    "page",
    [
        # a report said to have been published, inside a sentence
        "Branch Committee\n\nThe committee read the review, which was published 11 October 2022, and agreed to "
        "respond to it by the end of the year.\n",
        # a stamp that goes on into other words
        "Branch Committee\n\nThe committee agreed to respond. Published 11 October 2022 figures show a rise in "
        "membership across the region.\n",
    ],
)
def test_a_date_after_published_inside_a_sentence_is_no_stamp(page: str) -> None:
    assert published_of(page) is None
