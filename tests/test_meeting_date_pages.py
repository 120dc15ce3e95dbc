"""Whole pages written here (invented bodies and people) that state their meeting's date in the ways real pages
do: a heading with only a month, a day relative to the publication date, a dateline above a meeting in the
body, an agenda's date, a range, a year only the rest of the page gives, other events' dates before the
meeting's. Each page lists the meeting date of each of its reports."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

Expected = tuple[str | None, str | None]

# an NEC write-up whose heading gives only a month, and nothing in the body ties a day to the meeting
MONTH_ONLY = """Report from the National Executive – October 2022

This was the first full meeting since conference in Liverpool. The General Secretary reported that the
party's finances had improved over the summer, and the Treasurer took questions on the staffing budget.

Members asked about the selection timetable for the next general election, which will be set in the new
year.
"""

# a union bulletin: the date, then "last Tuesday's meeting"
BULLETIN = """Northern Rail Workers' Union – Members' Bulletin
Issue 14, Friday 10 March 2023

Executive round-up

Last Tuesday's meeting of the National Executive Council agreed to ballot members on the pay offer. The
President reported on talks with the operators and the General Secretary set out the timetable for the ballot,
which closes on 31 March.
"""

# council group minutes: a labelled meeting date, then the date of the previous meeting's minutes
GROUP_MINUTES = """WESTBROOK LABOUR GROUP

MINUTES

Meeting date: Wednesday 2nd October 2019
Venue: Committee Room 3, Civic Centre

1. The minutes of the meeting of 4th September 2019 were agreed.
2. The Leader reported on the budget consultation, which closes on 30th October 2019.
3. Cllr Okafor moved that the group support the bid for the new leisure centre. This was agreed.
"""

# a CLP general meeting: a heading with weekday, day and month; the year only from the body
CLP_MINUTES = """Hollinwood CLP General Meeting – Thursday 14 November

The chair opened the meeting at 7.30pm. Forty-one members were present.

The secretary reported on the campaign for the 2019 general election: canvassing sessions run every evening
and at weekends. Members agreed to fund two more leaflets from the campaign account.
"""

# a news report: a headline about a decision, a byline and dateline, the meeting "on Wednesday"
NEWS = """Transport union executive backs strike ballot

By Sam Jones
Thursday 16 June 2022

The executive of the Public Transport Workers' Union voted on Wednesday to ballot its 40,000 members over pay.
The union's general secretary said the offer was "an insult" to members who had worked through the pandemic.
Employers have until the end of the month to improve it.
"""

# an archive of NEC reports, newest first; the later headings leave out the year or the day
ARCHIVE = """NEC reports archive

NEC report – 19 July 2022

The committee met at party headquarters. The General Secretary reported on the by-elections and the
Treasurer on the accounts.

NEC report – May 2022

We met online on the 24th. Most of the meeting went on the local election results and the review of the
digital strategy.

NEC report – 29 March

This was a short meeting. The committee agreed the timetable for the youth elections and heard a report on
complaints.
"""

# dates of other events come first; then the meeting's own day
OTHER_EVENTS_FIRST = """Report from the Scottish Executive Committee

Since the council elections on 5 May, and the by-election in Eastfield on 23 June, the party has had a busy
summer. The Scottish Executive Committee met on 27 August 2022 in Glasgow. The Treasurer reported a small
surplus and the committee agreed to open selections for the Holyrood list.
"""

# a blog post: posted on a Thursday, "the executive met last Thursday"
BLOG = """Posted on 21 January 2021 by Chris

My report from the Executive

The executive met last Thursday by video link. Most of the meeting was taken up with the response to the
lockdown and the plans for May's elections, which the committee agreed should go ahead if at all possible.
"""

# a branch report dated by its agenda; a meeting held over several days
BRANCH_AND_CONFERENCE = """Branch committee report

The committee's agenda for Monday 8 March 2021 was a long one, and we got through most of it. The Secretary
reported on the recruitment drive and the committee agreed to affiliate to the local trades council.

Executive Council report

Our Executive Council met over three days, 9–11 February 2024, in Bournemouth. The council agreed the union's
budget for the year and elected a new vice-president.
"""

# an AGM that "took place on the evening of" its day; a dateline in DD.MM.YY with "last night's" meeting
AGM_AND_SHORT = """Branch AGM

Our annual general meeting took place on the evening of Friday 17 March 2023 at the Miners' Welfare. The
outgoing secretary presented the annual report and members elected a new committee.
"""

LAST_NIGHT = """Executive news 22.11.22

Last night's executive agreed to hold a special conference on the party's rules in the spring. Members
voted by 14 to 9 to open nominations in January.
"""

# second batch, written before any change too

# a post whose byline carries the date, and "On Tuesday we met"
ON_TUESDAY_WE_MET = """Jo Bloggs | 18 May 2022

NEC report

On Tuesday we met in person for the first time since the local elections. The General Secretary reported on
the results and the committee agreed a review of the campaign in the south west.
"""

# a council news item: "Yesterday afternoon the full council voted ..."
YESTERDAY_AFTERNOON = """Council news – published 3 February 2021

Budget agreed

Yesterday afternoon the full council voted through the budget by 31 votes to 19, after a debate of almost
four hours. The leader of the council said the settlement from government was the worst in a decade.
"""

# the year only in a heading that names a season; the day, with its weekday, in the body
SEASON_HEADING = """NEC Report – Spring 2020

The NEC met on Tuesday 28 January, the first meeting since the leadership contest opened. Most of the
meeting went on the timetable for hustings and the count.
"""

# a meeting put off from an earlier day: the day it was scheduled for comes first
POSTPONED = """Executive Committee report – January 2023

The meeting that had been scheduled for 6 December was postponed because of the rail strikes, so this was
the committee's first meeting since October. We met on 10 January at the union's offices and agreed the
budget for the year.
"""

# an e-mail: the day it was sent, then "tonight's GC"
EMAIL = """From: Sam Patel
Sent: 12 October 2020 22:41
Subject: GC report

Hi all, a quick note on tonight's GC. Delegates agreed to nominate the sitting councillors for re-selection
and heard a report from the campaign coordinator.
"""

# an abbreviated month in the heading, the year from the post's dateline
ABBREVIATED = """Posted 27 January 2017

NEC – 24 Jan

The first NEC of the year was mostly taken up with the by-elections in the north west. The committee agreed
the timetable for the selections.
"""

# two reports on one page, each with a two-day meeting written two ways
TWO_DAY_MEETINGS = """Regional Board, 3rd and 4th June 2022

The Board met over two days in Leeds and agreed the plan for the mayoral selection.

NEC Report 2/3 July 2019

The NEC's away days were spent on the review of the party's structures. The committee agreed to consult
the affiliates.
"""

# an American order of month and day, the year from the dateline
MONTH_FIRST = """Board news
March 10, 2017

The board met Thursday, March 9, to consider the budget, which was approved unanimously. The chair thanked
the finance committee for its work.
"""

# a news report: abbreviated dateline, "on Monday night"
MONDAY_NIGHT = """Labour's ruling body agrees new selection rules

Tue 12 Sep 2023

Labour's National Executive Committee agreed on Monday night to change the rules for selecting candidates,
a move that critics said would hand more power to the leadership.
"""

# council minutes: a label with the day in figures
LABELLED_FIGURES = """Parish Council – Minutes

Date: 14/03/2022
Place: Village Hall

1. Apologies were received from Cllr Hart.
2. The minutes of the meeting held on 14/02/2022 were approved.
"""

# a bare ordinal: "the NEC's meeting on the 6th" under a heading with the month
BARE_ORDINAL = """NEC report February 2018

The NEC's meeting on the 6th was the first chaired by the new chair. The committee agreed the dates for
the regional conferences.
"""

PAGES_SECOND = [
    ("on tuesday we met", ON_TUESDAY_WE_MET, [("2022-05-17", "day")]),
    ("yesterday afternoon", YESTERDAY_AFTERNOON, [("2021-02-02", "day")]),
    ("season heading", SEASON_HEADING, [("2020-01-28", "day")]),
    ("postponed", POSTPONED, [("2023-01-10", "day")]),
    ("email", EMAIL, [("2020-10-12", "day")]),
    ("abbreviated", ABBREVIATED, [("2017-01-24", "day")]),
    ("two-day meetings", TWO_DAY_MEETINGS, [("2022-06-03", "day"), ("2019-07-02", "day")]),
    ("month first", MONTH_FIRST, [("2017-03-09", "day")]),
    ("monday night", MONDAY_NIGHT, [("2023-09-11", "day")]),
    ("labelled figures", LABELLED_FIGURES, [("2022-03-14", "day")]),
    ("bare ordinal", BARE_ORDINAL, [("2018-02-06", "day")]),
]

# third batch, written after the first changes (run once on main and on this branch before any further change)

# a sub-committee's day before the main meeting's, both tied to a meeting word
SUBCOMMITTEE_FIRST = """NEC report – March 2019

Following the meeting of the Organisation Committee on 5 March, the full NEC met on 12 March at Southside.
The General Secretary reported on the selections and the committee agreed the timetable.
"""

# the day the last meeting was held, then this one's
LAST_MET = """Executive Committee report

The committee, which last met on 8 June 2021, met again on 15 June 2021 to agree the response to the
consultation. The chair reported on the meeting with the regional director.
"""

# a meeting put off from its day: the day it was moved from is not its day
MOVED_FROM = """Branch executive – report

Our executive, moved from 25 January because of the strike, met on 1 February 2022. The treasurer presented
the accounts and the executive agreed the branch's budget for the year.
"""

# a long lede before the meeting's day, in a news report
LONG_LEDE = """Council Labour group elects new leader

Northtown's Labour councillors have chosen a new leader after a contest that divided the group for most of
the summer, with the outgoing leader saying she had been "pushed out" by a faction close to the local MP and
her supporters warning that the group's majority on the council could be at risk at the next elections. The
new leader, a former cabinet member for housing, promised to unite the group and to focus on the cost of
living, council housing and the town centre, which has lost three of its largest shops in the past year. She
said her first task would be to meet every councillor individually and to set out a new cabinet within a
fortnight. Several councillors who backed her opponent said they would serve under her. The group met on
Tuesday 18 July 2023 at the town hall, where she won by 24 votes to 19.
"""

# minutes: the last meeting's minutes come first, the meeting's own day is in a closing line
DAY_AT_FOOT = """Westside Branch – Minutes

1. Minutes of the meeting of 10 November 2020 were agreed.
2. The secretary reported on the campaign for the by-election.
3. The branch agreed to donate £50 to the food bank.

Minutes of the branch meeting held on Tuesday 8 December 2020.
"""

# a CLP write-up that names the meeting by its month and day in the first sentence, no year; the post's
# dateline gives the year
CLP_ALL_MEMBERS = """Posted 27 May 2016

All members meeting report

Around sixty members came to Tuesday's all members meeting at the community centre. The secretary reported
on the referendum campaign and members agreed to run street stalls every Saturday until polling day.
"""

PAGES_THIRD = [
    ("subcommittee first", SUBCOMMITTEE_FIRST, [("2019-03-12", "day")]),
    ("last met", LAST_MET, [("2021-06-15", "day")]),
    ("moved from", MOVED_FROM, [("2022-02-01", "day")]),
    ("long lede", LONG_LEDE, [("2023-07-18", "day")]),
    ("day at foot", DAY_AT_FOOT, [("2020-12-08", "day")]),
    ("clp all members", CLP_ALL_MEMBERS, [("2016-05-24", "day")]),
]

# fourth batch, written after the third batch's changes (run once on main and on this branch before any further
# change)

# "Sept" for September
SEPT = """NEC report – 17 Sept 2019

The last NEC before conference agreed the priorities for the conference arrangements committee.
"""

# a day in figures with a one-digit month and a two-digit year
FIGURES_SHORT = """NEC 12.3.19

A long meeting. The General Secretary reported on the European elections and the committee agreed the
timetable for selections.
"""

# a news headline naming the day of what the meeting decided on, not the meeting's own
HEADLINE_FUTURE_DAY = """Labour NEC votes to hold special conference on 5 June

Wednesday 24 February 2021

Labour's National Executive Committee voted on Tuesday to hold a special conference on the party's rules,
the first since 2014.
"""

# another event "held on" its day before the meeting's day in the opening
EVENT_HELD_ON = """Posted on 11 May 2022

Report from the NEC

The committee heard a report on the local elections held on 5 May 2022, where the party gained more than a
hundred seats. We met on Tuesday at party headquarters and agreed the timetable for the review.
"""

PAGES_FOURTH = [
    ("sept", SEPT, [("2019-09-17", "day")]),
    pytest.param(
        "figures short",
        FIGURES_SHORT,
        [("2019-03-12", "day")],
    ),
    ("headline future day", HEADLINE_FUTURE_DAY, [("2021-02-23", "day")]),
    ("event held on", EVENT_HELD_ON, [("2022-05-10", "day")]),
]

PAGES = [
    ("month only", MONTH_ONLY, [("2022-10", "month")]),
    ("bulletin", BULLETIN, [("2023-03-07", "day")]),
    ("group minutes", GROUP_MINUTES, [("2019-10-02", "day")]),
    ("clp minutes", CLP_MINUTES, [("2019-11-14", "day")]),
    ("news", NEWS, [("2022-06-15", "day")]),
    ("archive", ARCHIVE, [("2022-07-19", "day"), ("2022-05-24", "day"), ("2022-03-29", "day")]),
    ("other events first", OTHER_EVENTS_FIRST, [("2022-08-27", "day")]),
    ("blog", BLOG, [("2021-01-14", "day")]),
    # an undated "<Body> report" heading below a report's body starts a report when the paragraph under it opens by
    # saying the body met on a day (page/segment/body_headings.py)
    ("branch and conference", BRANCH_AND_CONFERENCE, [("2021-03-08", "day"), ("2024-02-09", "day")]),
    ("agm", AGM_AND_SHORT, [("2023-03-17", "day")]),
    ("last night", LAST_NIGHT, [("2022-11-21", "day")]),
    *PAGES_SECOND,
    *PAGES_THIRD,
    *PAGES_FOURTH,
]


def meeting_dates(page: str) -> list[Expected]:
    document = extract(page, "test.txt")
    return [
        (r.meeting_date.start, r.meeting_date.precision.value if r.meeting_date.precision else None)
        if r.meeting_date
        else (None, None)
        for r in document.reports
    ]


@pytest.mark.parametrize(("name", "page", "expected"), PAGES)
def test_the_meeting_date_of_each_report_on_a_written_page(name: str, page: str, expected: list[Expected]) -> None:
    assert meeting_dates(page) == expected
