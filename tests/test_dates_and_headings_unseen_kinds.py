"""Dates on unseen pages (issue 12), on pages and sentences written here in several styles (CLP and
union minutes, NEC write-ups, council minutes, news), each with negatives:

- a year written only as the two digits that end a date in figures ("Notes by Jo Bloggs, 05.06.18") is a
  year of the page, so a weekday-qualified day with no year ("Wednesday 6 June") takes it;
- a day something is moved to ("moved to Saturday", "brought forward to Friday") lies ahead;
- a decision's participle before a month ("the code agreed in March") looks back;
- a deadline ("by 30 June") lies ahead.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from nec_extract.language import dates
from nec_extract.pipeline import extract
from support import report_context

BODY = "The secretary reported on the campaign and members asked about the budget."


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


def mention_starts(page: str) -> dict[str, str | None]:
    return {d.text: d.start for r in extract(page, "test.txt").reports for d in r.dates}


def starts(text: str, meeting: str) -> list[str | None]:
    return [m.start for m in extract_dates(report_context(text, meeting=meeting, parse=False))]


# --- a year written as two digits of a date in figures -----------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "years"),
    [
        ("05.06.18", [2018]),
        ("5/6/18", [2018]),
        ("05-06-18", [2018]),
        ("5 June 2018", [2018]),
        ("Wednesday 6 June", []),
        ("6 June '18", []),  # read elsewhere: not a figure date
    ],
)
def test_the_years_a_date_expression_writes(expression: str, years: list[int]) -> None:
    assert dates.years_written(expression) == years


@pytest.mark.parametrize(
    ("page", "meeting"),
    [
        (
            "Ashworth CLP\n\nMinutes of the Executive\nNotes by Jo Bloggs (Secretary), 06.06.18\n\n"
            f"Held in the Miners' Institute on Wednesday 6 June. {BODY}\n",
            "2018-06-06",
        ),
        (
            "Minutes of the Branch Committee\nRecorded by Sam Okafor, 17/11/21\n\n"
            f"The committee met on Wednesday 17 November at the union office. {BODY}\n",
            "2021-11-17",
        ),
        (
            "Minutes of the Parish Council\nDraft circulated by the Clerk on 05-10-17\n\n"
            f"The council met on Tuesday 3 October in the village hall. {BODY}\n",
            "2017-10-03",
        ),
    ],
)
def test_a_two_digit_year_of_a_figure_date_gives_a_weekday_dated_meeting_its_year(page: str, meeting: str) -> None:
    assert meeting_dates(page) == [meeting]


def test_the_year_then_carries_to_the_months_of_the_body() -> None:
    page = (
        "Minutes of the General Committee\nNotes by Jo Bloggs (Secretary), 06.06.18\n\n"
        "Held in the Miners' Institute on Wednesday 6 June. The treasurer reported income since May. "
        "The ward AGMs take place in July, the first on the 9th.\n"
    )
    found = mention_starts(page)
    assert found["May"] == "2018-05"
    assert found["July"] == "2018-07"
    assert found["the 9th"] == "2018-07-09"


@pytest.mark.parametrize(
    "page",
    [
        # no year anywhere on the page
        f"Minutes of the Executive\nNotes by Jo Bloggs (Secretary)\n\nHeld on Wednesday 6 June. {BODY}\n",
        # a rule's number is no date in figures
        f"Minutes of the Executive\n\nHeld on Wednesday 6 June. Members discussed Rule 4.2.18 at length. {BODY}\n",
    ],
)
def test_without_a_year_written_a_weekday_dated_meeting_stays_unresolved(page: str) -> None:
    assert meeting_dates(page) == [None]


# --- a day something is moved to, and a deadline, lie ahead --------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The street stall has been moved to Sunday because of the rain.",  # CLP minutes
        "The branch meeting was switched to Sunday to suit shift workers.",  # union bulletin
        "Talks with the employer were put back to Sunday, the union said.",  # news
        "The regional rally has been brought forward to Sunday.",  # NEC write-up
    ],
)
def test_a_day_something_is_moved_to_lies_ahead(sentence: str) -> None:
    # the meeting is on Tuesday 28 March 2023: the Sunday after it, not the nearer one before
    assert starts(sentence, "2023-03-28") == ["2023-04-02"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The stall moved to the market square on Sunday.",  # "moved to" a place, not to the day
        "Members were moved to tears on Sunday.",
    ],
)
def test_a_day_not_right_after_the_move_keeps_the_nearest_week(sentence: str) -> None:
    assert starts(sentence, "2023-03-28") == ["2023-03-26"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Branches must return their nomination forms by 30 June.",  # union circular
        "Priorities agreed: stewards' training in every branch by 30 June.",  # minutes list
        "Reports from the wards no later than 30 June, please.",  # CLP minutes
        "The union wants an answer from the employer by 30 June.",  # news
    ],
)
def test_a_deadline_lies_ahead(sentence: str) -> None:
    # the meeting is on 2 December 2021: the 30 June to come, not the nearer one gone
    assert starts(sentence, "2021-12-02") == ["2022-06-30"]


@pytest.mark.parametrize(
    "sentence",
    [
        "By 30 June, four hundred members had signed the petition.",  # a clause that opens with it
        "Membership had reached 5,000 by 30 June.",  # the past perfect
        "The stall was run by volunteers on 30 June.",  # "by" not right before the date
        "Only those who were members by 30 June could stand.",  # a cut-off already passed
    ],
)
def test_a_date_after_by_in_a_narrative_keeps_the_nearest_year(sentence: str) -> None:
    assert starts(sentence, "2021-12-02") == ["2021-06-30"]


# --- a decision's participle before a month looks back -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The complaints procedure agreed in March is now in force.",  # NEC write-up
        "The new standing orders adopted in March now apply to every branch.",  # union bulletin
        "Councillors noted that the budget approved in March has already overspent.",  # council minutes
        "The rule change passed in March means members vote online.",  # news
    ],
)
def test_a_thing_decided_in_a_month_was_decided_before_the_meeting(sentence: str) -> None:
    # the meeting is on 26 September 2023: last March, not the nearer March to come
    assert starts(sentence, "2023-09-26") == ["2023-03"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The complaints procedure will be agreed in March.",
        "The standing orders are to be adopted in March.",
        "The budget, being approved in March, cannot be changed now.",
    ],
)
def test_a_decision_still_to_be_taken_in_a_month_lies_ahead(sentence: str) -> None:
    assert starts(sentence, "2023-09-26") == ["2024-03"]


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


# --- "the 4th of this month": a day of a month counted from the meeting ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The stewards met on the 4th of this month to plan the ballot.", "2022-10-04"),  # union bulletin
        ("Nominations closed on the 28th of last month.", "2022-09-28"),  # CLP minutes
        ("The council will set its budget on the 3rd of next month.", "2022-11-03"),  # council minutes
    ],
)
def test_a_day_of_this_last_or_next_month_counts_from_the_meeting(sentence: str, day: str) -> None:
    assert starts(sentence, "2022-10-11") == [day]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The branch has met four times this month.", ["2022-10"]),  # the month alone
        ("The 31st of next month was proposed, but there is no such day.", [None]),  # listed unresolved
    ],
)
def test_a_month_without_its_day_or_with_a_day_it_lacks(sentence: str, found: list[str | None]) -> None:
    assert starts(sentence, "2022-10-11") == found
