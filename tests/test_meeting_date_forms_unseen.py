"""Meeting dates written in ways earlier rules missed, on pages written here in several styles (NEC write-up,
union bulletin, council and parish minutes, CLP minutes, news), each with negatives: a month counted from the
publication date ("this month's NEC"), the formal "12th day of March", "held on the 12th March"."""

from __future__ import annotations

import pytest

from nec_extract.language.dates import find_candidates
from nec_extract.pipeline import extract

BODY = "The secretary reported on the campaign and members asked about the budget."


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


# --- a month counted from the publication date ("this month's NEC") -------------------------------------------


@pytest.mark.parametrize(
    ("heading", "dateline", "sentence", "month"),
    [
        ("NEC report", "12 April 2018", "This month's NEC was held in Newcastle.", "2018-04"),
        ("Report from last month's NEC", "Posted 3 May 2018", "We met in Newcastle.", "2018-04"),
        ("Members' bulletin", "Friday 10 March 2023", "Last month's executive agreed a levy.", "2023-02"),
        ("Group news", "1 December 2019", "The Labour group met last month and agreed to oppose the cuts.", "2019-11"),
        ("Branch report", "Issue 4, 20 June 2021", "This month's branch meeting backed it.", "2021-06"),
    ],
)
def test_a_month_counted_from_the_publication_date_is_the_meeting_month(
    heading: str, dateline: str, sentence: str, month: str
) -> None:
    page = f"{heading}\n\n{dateline}\n\n{sentence} {BODY}\n"
    assert meeting_dates(page) == [month]


@pytest.mark.parametrize(
    "sentence",
    [
        "Next month's NEC will decide on the selection timetable.",  # still to come
        "Since last month's NEC, two more councillors have resigned.",  # another, earlier meeting
        "Membership rose last month, the NEC heard.",  # a month of something else
    ],
)
def test_a_month_of_another_meeting_or_of_something_else_is_no_meeting_month(sentence: str) -> None:
    page = f"NEC report\n\n12 April 2018\n\n{sentence} {BODY}\n"
    assert meeting_dates(page) == [None]


def test_a_day_written_out_wins_over_a_month_counted_from_the_publication_date() -> None:
    page = f"NEC report\n\n12 April 2018\n\nThis month's NEC met on 3 April 2018 in Newcastle. {BODY}\n"
    assert meeting_dates(page) == ["2018-04-03"]


# --- the formal "the 12th day of March 2019"; "held on the 12th March" ----------------------------------------


@pytest.mark.parametrize(
    "text",
    ["the 12th day of March 2019", "on the 3rd day of May", "this 1st day of June 2021"],
)
def test_the_day_of_a_month_is_one_day_mention(text: str) -> None:
    found = find_candidates(text, 0, len(text), [])
    assert [c.kind for c in found] == ["day"]
    assert "day of" in found[0].text


@pytest.mark.parametrize(
    "page",
    [
        "MINUTES OF THE MEETING OF THE EXECUTIVE COMMITTEE held at 7pm on the 12th day of March 2019\n\n"
        f"Present: J Smith (Chair), K Lee.\n\n{BODY}\n",
        f"Parish Council minutes\n\nMinutes of the meeting held on the 12th day of March 2019 in the Hall.\n\n{BODY}\n",
        f"Parish Council minutes\n\nMinutes of the meeting held on the 12th March 2019 in the Hall.\n\n{BODY}\n",
        f"Hollinwood CLP\n\nThe general meeting took place on the 12th March 2019 at the Labour Club. {BODY}\n",
    ],
)
def test_a_day_after_held_on_the_is_the_meeting_day(page: str) -> None:
    assert meeting_dates(page) == ["2019-03-12"]


def test_a_day_of_a_month_still_to_come_is_no_meeting_day() -> None:
    page = f"Parish Council minutes – March 2019\n\nThe next meeting will be held on the 12th day of April. {BODY}\n"
    assert meeting_dates(page) == ["2019-03"]


def test_day_as_a_word_of_its_own_is_no_date() -> None:
    text = "It was a long day of debate in March 2019."
    assert [c.text for c in find_candidates(text, 0, len(text), [])] == ["March 2019"]


# --- a posting stamp in the middle of a page's text is the publication date, not the meeting's -----------------


@pytest.mark.parametrize(
    ("page", "meeting"),
    [
        (
            "NEC report. Published: 5 June 2019. Yesterday the NEC met in London and agreed the budget; the motion "
            "was carried after the General Secretary reported.",
            "2019-06-04",
        ),
        (
            f"Branch news – Posted on 12 May 2021 – On Monday the branch committee met at the club. {BODY}",
            "2021-05-10",
        ),
        (
            f"Council group update. Posted: 3 March 2020. The group met last night and agreed the budget. {BODY}",
            "2020-03-02",
        ),
    ],
)
def test_a_posting_stamp_mid_line_counts_relative_days_and_is_not_the_meeting_day(page: str, meeting: str) -> None:
    assert meeting_dates(page) == [meeting]


def test_a_posting_stamp_alone_gives_no_meeting_date() -> None:
    page = f"NEC report. Published: 5 June 2019. The NEC met in London. {BODY}"
    assert meeting_dates(page) == [None]


def test_a_day_after_the_body_name_on_the_same_line_is_still_the_meeting_day() -> None:
    page = f"NEC report. NEC 5 June 2019. The NEC met in London. {BODY}"
    assert meeting_dates(page) == ["2019-06-05"]


# --- a year cut to two digits after a month's name, and dashed dates ----------------------------------------------


@pytest.mark.parametrize(
    ("heading", "meeting"),
    [
        ("NEC report 14-Mar-2019", "2019-03-14"),  # a union's circular
        ("Executive Council minutes, 14-Mar-19", "2019-03-14"),
        ("NEC: 12th March '19", "2019-03-12"),  # a blog
        ("Branch committee – Tuesday 12th March '19", "2019-03-12"),
        ("Council group report, March '19", "2019-03"),
        ("CLP General Meeting 12-03-19", "2019-03-12"),  # minutes
    ],
)
def test_a_short_or_dashed_year_in_a_heading_dates_the_meeting(heading: str, meeting: str) -> None:
    assert meeting_dates(f"{heading}\n\nThe meeting was well attended. {BODY}\n") == [meeting]


@pytest.mark.parametrize(
    "text",
    [
        "Rule 12-3-19 was amended.",  # a rule number: a month of one digit
        "The vote was 12-03 in favour.",  # a tally
        "Ballot 2019-07 closed on time.",  # a ballot's id
        "The class of '19 sang.",  # no month
        "Tickets cost £19.",
    ],
)
def test_numbers_that_look_like_short_dates_are_no_dates(text: str) -> None:
    assert [c.kind for c in find_candidates(text, 0, len(text), []) if c.kind == "day"] == []


# --- a two-day meeting whose days carry abbreviated weekdays ------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "first", "last"),
    [
        ("NEC away day – Mon 11th & Tue 12th March 2019", "2019-03-11", "2019-03-12"),
        ("Executive Council, Fri. 8th and Sat. 9th March 2019", "2019-03-08", "2019-03-09"),
        ("Regional Board weekend: Sat 9th & Sun 10th March 2019", "2019-03-09", "2019-03-10"),
    ],
)
def test_a_two_day_meeting_with_abbreviated_weekdays_is_one_range_from_its_first_day(
    heading: str, first: str, last: str
) -> None:
    report = extract(f"{heading}\n\nThe meeting was well attended. {BODY}\n", "test.txt").reports[0]
    assert report.meeting_date is not None and report.meeting_date.start == first
    assert (report.dates[0].start, report.dates[0].end) == (first, last)


def test_two_days_with_weekdays_and_no_month_anywhere_give_no_meeting_date() -> None:
    assert meeting_dates(f"Regional Board meeting – Sat 9th & Sun 10th\n\nThe meeting was well attended. {BODY}\n") == [
        None
    ]


# --- a title written as a web address's slug ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "meeting"),
    [
        ("nec-report-12-march-2019", "2019-03-12"),
        ("executive-council-minutes-march-2020", "2020-03"),
        ("council-group-report-9-nov-2020", "2020-11-09"),
    ],
)
def test_a_slug_title_dates_the_meeting(slug: str, meeting: str) -> None:
    assert meeting_dates(f"{slug}\n\nThe committee met in London. {BODY}\n") == [meeting]


@pytest.mark.parametrize(
    "title",
    [
        "nec-report-on-the-may-elections",  # "may" with no day or year
        "nec-report",
    ],
)
def test_a_slug_title_without_a_date_gives_none(title: str) -> None:
    assert meeting_dates(f"{title}\n\nThe committee met in London. {BODY}\n") == [None]


# --- a dated heading or label whose day is not the weekday the body says the meeting met on ---------------------


@pytest.mark.parametrize(
    ("heading", "sentence", "meeting"),
    [
        ("NEC report by Jo Green 14.03.19", "The NEC met on Tuesday at party headquarters.", "2019-03-12"),
        ("Branch bulletin – Friday 10 March 2023", "On Tuesday the branch committee agreed to ballot.", "2023-03-07"),
        ("Group news, 9 November 2020", "Last Wednesday's group meeting backed the budget.", "2020-11-04"),
    ],
)
def test_a_heading_dated_after_the_weekday_the_meeting_met_is_the_day_of_writing(
    heading: str, sentence: str, meeting: str
) -> None:
    assert meeting_dates(f"{heading}\n\n{sentence} {BODY}\n") == [meeting]


def test_a_date_label_over_a_news_report_counts_the_meeting_day_back() -> None:
    page = (
        "Labour NEC backs new selection rules\n\nDate: 14/03/2019\n\nLabour's ruling national executive committee "
        f"met on Tuesday and agreed new selection rules. {BODY}\n"
    )
    assert meeting_dates(page) == ["2019-03-12"]


@pytest.mark.parametrize(
    ("heading", "sentence", "meeting"),
    [
        # the heading's day is the weekday named: it is the meeting's
        ("NEC – Tuesday 12 March 2019", "The NEC met on Tuesday at party headquarters.", "2019-03-12"),
        # a meeting still to come
        ("NEC report 14.03.19", "The NEC will meet again on Tuesday to agree the list.", "2019-03-14"),
        # a weekday beside another day: another meeting's
        ("NEC report 14.03.19", "The Organisation Committee met on Tuesday and the NEC today.", "2019-03-14"),
        # a weekday not in the first sentence
        ("NEC report 14.03.19", "The NEC met in London. The panel met on Tuesday.", "2019-03-14"),
    ],
)
def test_a_heading_day_stays_the_meeting_day_otherwise(heading: str, sentence: str, meeting: str) -> None:
    assert meeting_dates(f"{heading}\n\n{sentence} {BODY}\n") == [meeting]


# --- "met on 12th": a day without "the" right after a meeting's verb ---------------------------------------------


@pytest.mark.parametrize(
    ("heading", "sentence", "meeting"),
    [
        ("NEC Report – March 2019", "The NEC met on 12th at party headquarters.", "2019-03-12"),
        ("Branch committee – May 2021", "The committee, which was held on 4th, agreed the levy.", "2021-05-04"),
        ("Executive Council – June 2018", "The council convened on 21st, and agreed to ballot.", "2018-06-21"),
    ],
)
def test_a_day_without_the_after_a_meeting_verb_is_the_meeting_day(heading: str, sentence: str, meeting: str) -> None:
    assert meeting_dates(f"{heading}\n\n{sentence} {BODY}\n") == [meeting]


@pytest.mark.parametrize(
    "text",
    ["The bill passed on 2nd reading.", "Labour came on 2nd place.", "The motion was voted on 3rd."],
)
def test_a_number_without_the_after_other_words_is_no_day(text: str) -> None:
    assert [c.kind for c in find_candidates(text, 0, len(text), []) if c.kind == "bare_ordinal"] == []


# --- a date line right under a minutes title is the meeting's ---------------------------------------------------

MINUTES_BODY = (
    "PRESENT: Councillors Adams (Chair), Baker, Cole.\n\n1. APOLOGIES\nApologies were received from Cllr Dunn.\n\n"
    "2. MINUTES\nThe minutes of the meeting held on 13th February 2019 were approved.\n"
)


@pytest.mark.parametrize(
    "header",
    [
        "Minutes of Policy Committee\nWednesday, 13 March 2019\n7.00 pm",  # council
        "Westbrook Branch – Committee minutes\n13/03/2019",  # union branch
        "Hollinwood CLP Executive minutes\nWed 13th March 2019",  # CLP
    ],
)
def test_a_date_line_under_a_minutes_title_is_the_meeting_day(header: str) -> None:
    assert meeting_dates(f"{header}\n\n{MINUTES_BODY}") == ["2019-03-13"]


@pytest.mark.parametrize(
    "header",
    [
        "NEC report\n13 March 2019",  # a report's publication dateline, with nothing tying the meeting to it
        "Minutes of Policy Committee\nPosted on 14 March 2019",  # a posting stamp
    ],
)
def test_a_dateline_under_another_title_or_a_posting_stamp_is_no_meeting_day(header: str) -> None:
    page = f"{header}\n\nThe committee agreed the budget. {BODY}\n"
    assert meeting_dates(page) == [None]


# --- a heading's day and month in figures, without a year ----------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "meeting"),
    [
        ("NEC report, Tues 12/3", "2019-03-12"),  # a blog
        ("Branch committee report for 12/03", "2019-03-12"),  # a union branch
        ("Executive minutes (12/3)", "2019-03-12"),  # a CLP
    ],
)
def test_a_heading_day_and_month_in_figures_takes_the_pages_year(heading: str, meeting: str) -> None:
    assert meeting_dates(f"{heading}\n\nPosted on 14 March 2019\n\nThe meeting was long. {BODY}\n") == [meeting]


@pytest.mark.parametrize(
    "heading",
    [
        "NEC votes 20/10 to suspend councillor",  # a tally inside the headline
        "Executive Committee report 31/2",  # no such day
    ],
)
def test_figures_that_are_no_day_and_month_date_no_meeting(heading: str) -> None:
    assert meeting_dates(f"{heading}\n\nPosted on 14 March 2019\n\nThe meeting was long. {BODY}\n") == [None]


def test_a_heading_day_and_month_in_figures_with_no_year_on_the_page_gives_none() -> None:
    assert meeting_dates(f"NEC report, Tues 12/3\n\nThe meeting was long. {BODY}\n") == [None]


# --- "This Tuesday the NEC agreed", "the NEC's Tuesday meeting" ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "This Tuesday the NEC agreed the timetable.",  # a blog
        "The NEC's Tuesday meeting agreed the timetable.",  # a news report
        "The branch's Tuesday committee backed the strike.",  # a union bulletin
    ],
)
def test_a_weekday_of_this_week_already_past_is_the_meeting_day(sentence: str) -> None:
    assert meeting_dates(f"Report\n\nThursday 14 March 2019\n\n{sentence} {BODY}\n") == ["2019-03-12"]


@pytest.mark.parametrize(
    ("dateline", "sentence"),
    [
        ("Thursday 14 March 2019", "This Friday the NEC will agree the timetable."),  # to come
        ("Monday 11 March 2019", "This Tuesday the NEC agreed the timetable."),  # not yet come in that week
        ("Thursday 14 March 2019", "Tuesday was a long day for everyone."),  # no meeting day named
    ],
)
def test_a_weekday_of_this_week_still_to_come_is_no_meeting_day(dateline: str, sentence: str) -> None:
    assert meeting_dates(f"Report\n\n{dateline}\n\n{sentence} The NEC met in London. {BODY}\n") == [None]


# --- "12.3.19": a month of one digit, with full stops ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("NEC 12.3.19", ["12.3.19"]),  # a heading
        ("Report by Jo Bloggs 4.3.19", ["4.3.19"]),  # a byline
        ("Clause 1.2.10 was amended.", []),  # a rule's number
        ("The change to section 4.3.12 was agreed.", []),
        ("Rule 2.3.14 applies.", []),
        ("version 2.1.19 of the app", []),
    ],
)
def test_a_month_of_one_digit_with_full_stops_is_a_day_unless_it_numbers_a_part(text: str, found: list[str]) -> None:
    assert [c.text for c in find_candidates(text, 0, len(text), []) if c.kind == "day"] == found


# --- a meeting-date label above an untitled report -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "meeting"),
    [
        ("Branch Committee\n\nDate of meeting: 12/03/2019\nVenue: Zoom", "2019-03-12"),  # a union branch
        ("Westbrook Labour Group\nMeeting date – Tuesday 12 March 2019", "2019-03-12"),  # a council group
        ("Parish notes\n\nMeeting held: 12 March 2019, 7pm", "2019-03-12"),  # a parish council
    ],
)
def test_a_meeting_date_label_above_an_untitled_report_dates_it(header: str, meeting: str) -> None:
    page = f"{header}\n\nThe committee met at the club. The secretary reported on the ballot. {BODY}\n"
    assert meeting_dates(page) == [meeting]


@pytest.mark.parametrize(
    "header",
    [
        "Branch notes\n\nPosted: 14/03/2019",  # the page's own date
        "Branch news\n\nNext meeting date: 12/04/2019",  # a meeting to come: the label is not at the line's start
    ],
)
def test_other_labels_above_an_untitled_report_give_no_meeting_date(header: str) -> None:
    page = f"{header}\n\nThe committee met at the club. The secretary reported on the ballot. {BODY}\n"
    assert meeting_dates(page) == [None]


# --- "12 Mar 19": an abbreviated month and two digits of year ending a heading or byline ------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("NEC Report 12 Mar 19", "12 Mar 19"),  # a heading
        ("NEC report 12 Mar 19 – Jo Bloggs", "12 Mar 19"),  # a heading with its author after a dash
        ("Report by Jo Bloggs, 4 Sept 19", "4 Sept 19"),  # a byline
    ],
)
def test_an_abbreviated_month_and_two_digits_of_year_ending_a_line_is_a_day(text: str, found: str) -> None:
    assert [c.text for c in find_candidates(text, 0, len(text), []) if c.kind == "day"] == [found]


@pytest.mark.parametrize(
    "text",
    [
        "On 12 Mar 19 members voted.",  # a count of members follows
        "On 12 March 19 members voted.",  # a full month: "19" is a count
    ],
)
def test_two_digits_after_a_day_and_month_inside_a_sentence_are_no_year(text: str) -> None:
    assert [c.text for c in find_candidates(text, 0, len(text), []) if c.kind == "day"] == [" ".join(text.split()[1:3])]


def test_a_heading_ending_in_an_abbreviated_month_and_two_digits_of_year_dates_the_meeting() -> None:
    assert meeting_dates(f"NEC Report 12 Mar 19\n\nThe NEC met at party headquarters. {BODY}\n") == ["2019-03-12"]
