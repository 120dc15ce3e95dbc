"""Meeting dates and the page facts they lean on (the publication date), on pages written here."""

from __future__ import annotations

from datetime import date

import pytest

from nec_extract.page.dateline import find_published
from nec_extract.pipeline import extract

BODY = "The General Secretary reported on the campaign and took questions from members of the committee."


def meeting_dates(page: str) -> list[tuple[str | None, str | None]]:
    document = extract(page, "test.txt")
    return [
        (r.meeting_date.start, r.meeting_date.precision.value if r.meeting_date.precision else None)
        if r.meeting_date
        else (None, None)
        for r in document.reports
    ]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("NEC Report – 28 March 2023", ("2023-03-28", "day")),
        ("NEC Report 20/9/2016", ("2016-09-20", "day")),
        ("NEC meeting, September 18th 2018", ("2018-09-18", "day")),
        ("NEC Report – MAY 2021", ("2021-05", "month")),
        ("Labour NEC Report – 4 to 9 March 2020", ("2020-03-04", "day")),
        ("Rules Conference, Blackpool – 11–13 June 2019", ("2019-06-11", "day")),
        ("NEC minutes for 19th June 2015", ("2015-06-19", "day")),
        ("Jo's report on the July Executive - NEC Meeting July 17th 2018", ("2018-07-17", "day")),
    ],
)
def test_heading_gives_the_date(heading: str, expected: tuple[str, str]) -> None:
    assert meeting_dates(f"{heading}\n\n{BODY}\n") == [expected]


def test_weekday_in_heading_fixes_the_year_near_the_page_dates() -> None:
    page = f"NEC Report – Tuesday 21 January\n\nOur first meeting after the 2019 election result. {BODY}\n"
    assert meeting_dates(page) == [("2020-01-21", "day")]


def test_body_refines_a_month_heading() -> None:
    page = f"NEC Report – January 2024\n\nWe met on Tuesday 23rd January in London. {BODY}\n"
    assert meeting_dates(page) == [("2024-01-23", "day")]


def test_body_gives_the_date_when_the_heading_has_none() -> None:
    page = f"NEC report back\n\nReport of the NEC meeting held on 20 Mar 2012, at party HQ.\n\n{BODY}\n"
    assert meeting_dates(page) == [("2012-03-20", "day")]


def test_yesterdays_meeting_resolves_against_the_publication_date() -> None:
    page = f"By Jo Bloggs | 14 March 2018\n\nLabour NEC: report from yesterday's meeting\n\n{BODY}\n"
    assert meeting_dates(page) == [("2018-03-13", "day")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The NEC met yesterday for the first time this year.", "2018-03-13"),
        ("Tuesday's NEC was a long one.", "2018-03-13"),
        ("The committee met on Monday to agree the timetable.", "2018-03-12"),
        ("Today's meeting of the executive ran late.", "2018-03-14"),
    ],
)
def test_relative_meeting_days_resolve_against_publication(sentence: str, expected: str) -> None:
    page = f"Published 14 March 2018\n\n{sentence} {BODY}\n"
    assert meeting_dates(page) == [(expected, "day")]


def test_publication_date_alone_gives_no_meeting_date() -> None:
    page = f"Posted on 2 May 2022 by Jo Bloggs\n\nNEC report back\n\n{BODY}\n"
    assert meeting_dates(page) == [(None, None)]


def test_year_from_neighbouring_reports_on_a_newest_first_page() -> None:
    page = (
        f"NEC Report – 25 May\n\n{BODY}\n\nNEC Report – 21 January 2021\n\n{BODY}\n\n"
        f"NEC Report – 24 November 2020\n\n{BODY}\n"
    )
    assert meeting_dates(page)[0] == ("2021-05-25", "day")


def test_year_from_the_neighbour_on_an_oldest_first_page() -> None:
    page = f"NEC Report – 24 September 2011\n\n{BODY}\n\nNEC Report – 22 November\n\n{BODY}\n"
    assert meeting_dates(page)[1] == ("2011-11-22", "day")


def test_unresolvable_date_gives_no_meeting_date() -> None:
    assert meeting_dates(f"Branch Executive Committee, 25 May\n\n{BODY}\n") == [(None, None)]


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("Thursday, March 30, 2023", date(2023, 3, 30)),
        ("Friday, 10 July 2015", date(2015, 7, 10)),
        ("Published 29 January 2026", date(2026, 1, 29)),
        ("By Jo Bloggs | 14 March 2018", date(2018, 3, 14)),
        ("Posted by Jo Bloggs on 14 October 2022", date(2022, 10, 14)),
        # issue 12: capitals, a blog's tags after the time, a blog's name before a colon, a short year
        ("OCTOBER 3RD 2019", date(2019, 10, 3)),
        ("May 4, 2016 at 9:05 pm (branch news, minutes)", date(2016, 5, 4)),
        ("Left Notes: 12th June 2017", date(2017, 6, 12)),
        ("Posted 21.11.20", date(2020, 11, 21)),
        ("By Jo Bloggs | 03.02.21", date(2021, 2, 3)),
        # a byline before the date, a category or an author after it, an ISO day, an update stamp
        ("Written by Jo Bloggs, 14th December 2019", date(2019, 12, 14)),
        ("By Jo Bloggs - 14/12/2019", date(2019, 12, 14)),
        ("by Jo Bloggs on Dec 14, 2019", date(2019, 12, 14)),
        ("Posted 14 May 2018 in Executive Council", date(2018, 5, 14)),
        ("14 May 2018 in NEC reports", date(2018, 5, 14)),
        ("Saturday 14th December 2019 | News", date(2019, 12, 14)),
        ("Published on 2 June 2022 by Jo Bloggs in Branch news | 2 comments", date(2022, 6, 2)),
        ("2019-12-14", date(2019, 12, 14)),
        ("Last updated: 14 December 2019", date(2019, 12, 14)),
        # dashes and year-first figures; a line of parts set apart by separators
        ("14-12-2019", date(2019, 12, 14)),
        ("2019/12/14", date(2019, 12, 14)),
        ("Jo Bloggs · December 14, 2019 · 3 min read", date(2019, 12, 14)),
        ("14 December 2019 — Jo Bloggs", date(2019, 12, 14)),
        ("Originally posted 14 December 2019", date(2019, 12, 14)),
        # timestamps and their times of day
        ("2010-07-22T09:41", date(2010, 7, 22)),
        ("Jul 22, 2010 @ 09:41", date(2010, 7, 22)),
        ("Last modified on Thu 22 Jul 2010 09.41 BST", date(2010, 7, 22)),
        ("22nd of July, 2010", date(2010, 7, 22)),
    ],
)
def test_published_from_a_dateline(dateline: str, published: date) -> None:
    page = f"{dateline}\n\nNEC Report – 28 March 2023\n\n{BODY}\n"
    assert find_published(page, page.index("NEC Report")) == published


def test_heading_date_is_not_a_publication_date() -> None:
    page = f"NEC Report – 28 March 2023\n\n{BODY}\n"
    assert find_published(page, 0) is None
    colon = f"Branch Committee: 28 March 2023\n\n{BODY}\n"
    assert find_published(colon, 0) is None


def test_a_labelled_stamp_in_the_middle_of_a_one_line_page() -> None:
    page = f"Briefing: Executive report From: The Secretary Published: 17th March 2020 Updated: never {BODY}"
    assert find_published(page, 0) == date(2020, 3, 17)


# --- meeting dates on pages the tool had not seen (issue 12) ------------------------------------


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a cue anywhere earlier in the sentence
        (
            "NEC report – November 2011\n\nThe committee met for its annual away day (in the basement, as it "
            f"happens, not far away at all) on 1 November. {BODY}\n",
            ("2011-11-01", "day"),
        ),
        # a label in minutes
        (f"Steering Committee Meeting\nDate: Sunday, February 25, 2024\nTime: 8pm\n\n{BODY}\n", ("2024-02-25", "day")),
        # the first line of minutes gives the day and the hours
        (
            f"Minutes of the Branch AGM\n\nSaturday 16th February 2013 11.15am – 12.15pm, Town Hall\n\n{BODY}\n",
            ("2013-02-16", "day"),
        ),
        # a month tied to the meeting when no day is
        (
            f"Co-operative Party briefing\n\nThis covers the committee's latest meeting in February 2020. {BODY}\n",
            ("2020-02", "month"),
        ),
        # a period heading right above the meeting's own heading: one report, the meeting's day
        (
            f"NEC Report, September / October 2009\n\nNational Executive Committee, 22 September 2009\n\n{BODY}\n",
            ("2009-09-22", "day"),
        ),
        # two months: the first
        (f"NEC report: November & December 2015\n\n{BODY}\n", ("2015-11", "month")),
    ],
)
def test_meeting_dates_tied_to_the_meeting(page: str, expected: tuple[str, str]) -> None:
    assert meeting_dates(page) == [expected]


def test_a_relative_day_refines_a_month_heading() -> None:
    page = f"Executive Update – March 2021\n\nMARCH 12TH 2021\n\nYesterday's Organisation Committee ran long. {BODY}\n"
    assert meeting_dates(page) == [("2021-03-11", "day")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Those changes to the standing orders passed easily this afternoon.", "2021-09-19"),
        ("Yesterday's branch event saw eighty people gathered in the hall.", "2021-09-18"),
        ("At the first meeting of the new committee last night (17/09/21), members voted it down.", "2021-09-17"),
    ],
)
def test_relative_days_tied_to_the_meeting_by_their_sentence(sentence: str, expected: str) -> None:
    page = f"Party news\n\nPublished: 19 September 2021\n\n{sentence} {BODY}\n"
    assert meeting_dates(page) == [(expected, "day")]


def test_a_day_still_to_come_is_not_the_meeting_date() -> None:
    page = (
        f"Published 19 September 2021\n\nThe council agreed its budget and will meet again on Tuesday to vote. {BODY}\n"
    )
    assert meeting_dates(page) == [(None, None)]


def test_a_weekday_date_with_no_year_on_the_page_stays_unresolved() -> None:
    page = f"Branch Executive report\n\nThe branch executive met on Friday 17th September. {BODY}\n"
    assert meeting_dates(page) == [(None, None)]


def test_a_meeting_still_to_come_in_the_opening_is_not_the_meeting_date() -> None:
    page = f"Branch executive report\n\nThe executive will meet next on 5 June 2021 to agree the budget. {BODY}\n"
    assert meeting_dates(page) == [(None, None)]


def test_the_year_of_a_page_intro_above_the_reports() -> None:
    page = (
        f"Blog archive for 2019\n\nExecutive Committee – 12 March\n\n{BODY}\n\n"
        f"Executive Committee – 9 April\n\n{BODY}\n"
    )
    assert meeting_dates(page) == [("2019-03-12", "day"), ("2019-04-09", "day")]


@pytest.mark.parametrize(
    "footer",
    [
        "This entry was posted on Saturday, 14 December 2019 and is filed under NEC reports.",
        "This article was first published on 14 December 2019.",
        "Posted 14 December 2019 in NEC reports",
        "Published on 14/12/2019 by Jo Bloggs",
    ],
)
def test_a_heading_without_a_year_takes_it_from_a_publication_sentence_at_the_foot(footer: str) -> None:
    page = "Labour NEC – 12th December\n\n" + f"{BODY} " * 8 + f"\n\n{footer}\n"
    assert meeting_dates(page) == [("2019-12-12", "day")]


def test_a_line_with_the_meetings_hours_is_no_publication_dateline() -> None:
    page = f"Minutes of the Branch AGM\n\nSaturday 16th February 2013 11.15am – 12.15pm – Town Hall\n\n{BODY}\n"
    assert find_published(page, 0) is None


MINUTES_BODY = (
    "Present: 34 members. Apologies were received from six members.\n\n"
    "1. The chair welcomed members and the minutes of the last meeting were agreed.\n"
    "2. The secretary presented the annual report, which was accepted.\n"
)


@pytest.mark.parametrize(
    "top",
    [
        # a minutes title with no date, the day on a line below it
        "MINUTES OF THE ANNUAL GENERAL MEETING\nof the Northtown Branch\n"
        "held on Monday 27 February 2023 at 7pm, at the Miners' Welfare",
        "Minutes of the Special General Meeting\nheld on 27/02/2023 at 19:00",
        # a subtitle between the title and the day with the meeting's hours
        "ANNUAL GENERAL MEETING\nMINUTES\n\nMonday 27 February 2023, 7pm\nThe Crown, Northtown",
        # a title run on across two lines, the cue on the first
        "Minutes of the Annual General Meeting held at The Crown, Northtown,\non Monday 27 February 2023 at 7pm",
    ],
)
def test_a_minutes_title_takes_the_day_written_below_it(top: str) -> None:
    assert meeting_dates(f"{top}\n\n{MINUTES_BODY}") == [("2023-02-27", "day")]


@pytest.mark.parametrize(
    "sentence",
    [
        "As I said last time, the full NEC meets on Tuesday 25 May.",
        "The executive is meeting again on 4 June to settle the budget.",
        "The regional council reconvenes on Saturday 12 June.",
    ],
)
def test_a_meeting_in_the_present_tense_is_one_to_come(sentence: str) -> None:
    page = f"Organisation Committee update\n\n{sentence} {BODY}\n"
    assert meeting_dates(page) == [(None, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Justice and Home Affairs Commission, 12 May 2021 The commission heard from the shadow minister.",
        "Disputes Panel – 12 May 2021: the panel heard four appeals and upheld one.",
        "Youth Committee: 12 May 2021 Eleven members attended and elected a new chair.",
    ],
)
def test_a_sentence_that_opens_with_the_body_and_its_day_dates_the_meeting(sentence: str) -> None:
    page = f"Policy commissions update\n\nThanks for all your comments since my last update. {sentence} {BODY}\n"
    assert meeting_dates(page) == [("2021-05-12", "day")]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the sentence opens with the day, the meeting named after it
        (
            f"NEC report\n\nOn Tuesday 12 March 2019 the National Executive met in London. {BODY}",
            "2019-03-12",
        ),
        (f"Branch news\n\nOn 12 March 2019, the branch committee considered the budget. {BODY}", "2019-03-12"),
        (f"Group report\n\nTuesday 12 March 2019 saw a long council group meeting. {BODY}", "2019-03-12"),
        # the day right before the meeting's name
        (f"Executive report\n\nThe 12 March 2019 meeting was dominated by the budget. {BODY}", "2019-03-12"),
        # a day in brackets right after the meeting
        (f"NEC report\n\nPublished 14 March 2019\n\nTuesday's meeting (12 March) ran long. {BODY}", "2019-03-12"),
        # a bare day of the month the heading names
        (f"NEC report – March 2019\n\nThe NEC met on the 12th and agreed the budget. {BODY}", "2019-03-12"),
        # the year of a heading that names only a year
        (f"Executive report – 2019\n\nThe executive met on 12 March and agreed the budget. {BODY}", "2019-03-12"),
        # day, month and a two-digit year with full stops, in a heading
        (f"NEC – 12.03.19\n\n{BODY}", "2019-03-12"),
    ],
)
def test_more_ways_of_writing_the_meetings_day(page: str, expected: str) -> None:
    assert meeting_dates(page + "\n") == [(expected, "day")]


def test_the_days_of_several_meetings_are_none_of_them_the_meeting() -> None:
    page = (
        "Branch AGM 2023 – the Special Branch Committee\n\nThe AGM meetings held on 2nd, 7th and 9th March were not "
        f"quorate. The Special Branch Committee took place on Wednesday 5th April 2023. {BODY}\n"
    )
    assert meeting_dates(page) == [("2023-04-05", "day")]


@pytest.mark.parametrize(
    "sentence",
    ["Monday night's NEC agreed the budget.", "At Monday evening's meeting the budget was agreed."],
)
def test_a_weekday_with_its_time_of_day_before_the_meeting(sentence: str) -> None:
    page = f"Party news\n\nPublished: Thursday 14 March 2019\n\n{sentence} {BODY}\n"
    assert meeting_dates(page) == [("2019-03-11", "day")]


@pytest.mark.parametrize(
    ("above", "below", "footer"),
    [
        # a blog engine's dateline above each post, its footer below
        ("Tuesday, 12 March 2019\n\n", "", "Posted by Jo Bloggs at 21:14 2 comments:"),
        # the dateline under each post's title
        ("", "Posted on 12 March 2019 by jobloggs\n\n", "Filed under: NEC reports"),
        ("", "12/03/2019\n\n", "This entry was posted in Reports."),
    ],
)
def test_each_post_of_an_archive_page_counts_its_days_from_its_own_dateline(
    above: str, below: str, footer: str
) -> None:
    def post(title: str, dateline_above: str, dateline_below: str) -> str:
        return f"{dateline_above}{title}\n{dateline_below}\nThe NEC met yesterday. {BODY}\n\n{footer}\n\n"

    second_above = above.replace("Tuesday, 12 March 2019", "Wednesday, 16 January 2019")
    second_below = below.replace("12 March 2019", "16 January 2019").replace("12/03/2019", "16/01/2019")
    page = post("NEC Report", above, below) + post("NEC report", second_above, second_below)
    assert meeting_dates(page) == [("2019-03-11", "day"), ("2019-01-15", "day")]


@pytest.mark.parametrize(
    "top",
    ["NEC Report – March 2019\n\n", "Branch news\n\nPublished 21 March 2019\n\n"],
)
def test_a_weekday_and_a_day_give_the_meeting_day_in_the_month_in_view(top: str) -> None:
    page = f"{top}The committee met on Tuesday 19th and agreed the budget. {BODY}\n"
    assert meeting_dates(page) == [("2019-03-19", "day")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Executive Council met via Zoom from 13th to 16th July 2020.",
        "The conference was held between 13 and 16 July 2020 in Brighton.",
    ],
)
def test_a_meeting_over_several_days_from_its_first(sentence: str) -> None:
    assert meeting_dates(f"Executive Council minutes\n\n{sentence} {BODY}\n") == [("2020-07-13", "day")]


def test_a_year_that_belongs_to_something_else_in_the_heading_gives_no_year() -> None:
    page = f"NEC report: special meeting on the 2019 election defeat\n\nThe NEC met on 6 January. {BODY}\n"
    assert meeting_dates(page) == [(None, None)]


def test_a_relative_day_written_before_a_dated_line_wins_over_it() -> None:
    page = (
        "Published 15 March 2022\n\nThread on today's NEC. It was a long one.\n\n"
        f"NEC Disputes Panel, 8 March 2022 was reported first: its report was noted. {BODY}\n"
    )
    assert meeting_dates(page) == [("2022-03-15", "day")]


def test_the_days_of_several_meetings_are_the_meeting_date_when_nothing_else_is() -> None:
    page = f"NEC report – conference 2016\n\nThe NEC meetings held on 24 and 26 September 2016 were short. {BODY}\n"
    assert meeting_dates(page) == [("2016-09-24", "day")]


@pytest.mark.parametrize(
    ("published", "opening", "expected"),
    [
        # an NEC write-up posted ten days on: "Tuesday's" counted from the post would be the 23rd
        (
            "26 September 2025",
            "A report of Tuesday's executive. The executive on 16th September began with",
            "2025-09-16",
        ),
        # union minutes circulated a fortnight later: not the 17th
        ("17 May 2023", "Notes of Wednesday's executive council. The council met on 3 May and heard", "2023-05-03"),
        # a news report of a council meeting a week on: not the 13th
        ("13 March 2023", "At Monday's full council meeting, held on 6 March, councillors heard", "2023-03-06"),
    ],
)
def test_a_day_written_out_wins_over_a_relative_day_that_names_its_weekday(
    published: str, opening: str, expected: str
) -> None:
    # the writer named the day; a weekday counted from a later publication day is another week's
    page = f"Published {published}\n\n{opening} the reports. {BODY}\n"
    assert meeting_dates(page) == [(expected, "day")]


def test_a_relative_day_stays_when_the_written_day_is_another_weekday() -> None:
    # "Tuesday's" and "8 March" (a Wednesday in 2023) are not one day: the relative day, written first, stays
    page = f"Published 9 March 2023\n\nThread on Tuesday's NEC. The Disputes Panel of 8 March was reported. {BODY}\n"
    assert meeting_dates(page) == [("2023-03-07", "day")]
