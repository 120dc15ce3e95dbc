"""Date mentions of a report (SPEC: Dates), on sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

from nec_extract.extractors.dates import extract_dates
from nec_extract.language.text import split_sentences
from nec_extract.page.context import ReportContext
from support import report_context

Value = tuple[str | None, str | None, str | None]


def report(
    text: str,
    meeting: str | None = "2023-03-28",
    *,
    published: date | None = None,
    neighbours: list[date | None] | None = None,
) -> ReportContext:
    """A one-report page holding ``text``, whose meeting date is ``meeting`` (ISO day or month)."""
    return report_context(text, meeting=meeting, published=published, neighbours=neighbours, parse=False)


def mentions(text: str, meeting: str | None = "2023-03-28", **facts: object) -> list[tuple[str, Value]]:
    found = extract_dates(report(text, meeting, **facts))  # type: ignore[arg-type]
    return [(m.text, (m.start, m.end, m.precision.value if m.precision else None)) for m in found]


def values(text: str, meeting: str | None = "2023-03-28", **facts: object) -> list[Value]:
    return [value for _, value in mentions(text, meeting, **facts)]


def day(iso: str) -> Value:
    return (iso, None, "day")


def month(iso: str) -> Value:
    return (iso, None, "month")


def year(iso: str) -> Value:
    return (iso, None, "year")


UNRESOLVED: Value = (None, None, None)


# --- forms ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The committee will next sit on 14 June 2023 in Leeds.", "14 June 2023", day("2023-06-14")),
        ("Papers were sent out on June 2, 2023.", "June 2, 2023", day("2023-06-02")),
        ("Nominations open on the 3rd of April.", "3rd of April", day("2023-04-03")),
        ("Ballot papers go out on 26th April.", "26th April", day("2023-04-26")),
        ("It was first discussed on Monday, March 6th.", "Monday, March 6th", day("2023-03-06")),
        ("The panel sat on Wednesday 15 March to hear appeals.", "Wednesday 15 March", day("2023-03-15")),
        ("The hustings is on Sat 1 April.", "Sat 1 April", day("2023-04-01")),
        ("Minutes of 14/02/2023 were agreed.", "14/02/2023", day("2023-02-14")),
        ("The accounts to 31.12.2022 were presented.", "31.12.2022", day("2022-12-31")),
        ("The deadline was moved to 5 Apr 2023.", "5 Apr 2023", day("2023-04-05")),
    ],
)
def test_days_in_every_common_order(sentence: str, text: str, value: Value) -> None:
    assert mentions(sentence) == [(text, value)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Her term runs until January 2025.", [month("2025-01")]),
        ("The review reported in SEPTEMBER 2021.", [month("2021-09")]),
        ("The code was adopted in july 2019 after a long consultation.", [month("2019-07")]),
        ("Nothing has changed since February.", [month("2023-02")]),
        ("The March meeting was short; the April one will be longer.", [month("2023-03"), month("2023-04")]),
        # told in the past after it, May's contests are the May before the March meeting (tense.py)
        ("Turnout in May's contests was the highest for years.", [month("2022-05")]),
        ("Turnout in May's contests will be watched closely.", [month("2023-05")]),
        ("We will campaign hard this May.", [month("2023-05")]),
        ("The Novembers meeting is the away day.", [month("2022-11")]),
        ("Report From April's Emergency Meeting", [month("2023-04")]),
        ("Labour NEC Report For May", [month("2023-05")]),
    ],
)
def test_months_with_and_without_a_year(sentence: str, expected: list[Value]) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Theresa May spoke to the conference about Brexit.",
        "Members may raise points of order at any time.",
        "May I thank everyone who campaigned.",
        "June Okafor seconded the amendment.",
        "We voted to march on the town hall.",
        # a march, the walk: capitalised after an article, before what it is for or against
        "Branches sent coaches to the March for the Alternative.",
        "The union will join a March against the cuts in the autumn.",
    ],
)
def test_month_words_that_are_not_months(sentence: str) -> None:
    assert mentions(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The 2019 General Election was a disaster.", [year("2019")]),
        ("It was our worst result since 1945.", [year("1945")]),
        ("Elections fell in 1951, 1970 or 1979.", [year("1951"), year("1970"), year("1979")]),
        ("Last year's conference in 2022 set the rules.", [year("2022"), year("2022")]),
        ("We doubled the vote of 2017 and 2019 combined.", [year("2017"), year("2019")]),
    ],
)
def test_years_also_inside_phrases(sentence: str, expected: list[Value]) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Income in Q4 of 2022 beat every quarter since Q1 of 2008.",
            [("2022-Q4", None, "quarter"), ("2008-Q1", None, "quarter")],
        ),
        ("Donations received in Q1 were a record.", [("2023-Q1", None, "quarter")]),
        ("The 2021 Q3 accounts were late.", [("2021-Q3", None, "quarter")]),
        ("The group reports back in the third quarter of 2024.", [("2024-Q3", None, "quarter")]),
        ("Fees rose in the 2nd quarter of 2021.", [("2021-Q2", None, "quarter")]),
        ("Spending planned for the final quarter of this year was cut.", [("2023-Q4", None, "quarter")]),
    ],
)
def test_quarters(sentence: str, expected: list[Value]) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The conference ran from 4 to 9 March 2020.", ("2020-03-04", "2020-03-09", "day")),
        ("The forum meets from 21st-23rd July.", ("2023-07-21", "2023-07-23", "day")),
        ("The policy forum sits 14–16 July in Leeds.", ("2023-07-14", "2023-07-16", "day")),
        ("Comments can be sent between 9th May and 5th June.", ("2023-05-09", "2023-06-05", "day")),
        ("Ballots will run from 7 March to 29 March.", ("2023-03-07", "2023-03-29", "day")),
        ("The school is on 21 and 22 June.", ("2023-06-21", "2023-06-22", "day")),
        ("We canvass from the 5th to the 7th of May.", ("2023-05-05", "2023-05-07", "day")),
        ("The hearing runs June 12-14, 2023.", ("2023-06-12", "2023-06-14", "day")),
        ("The review looked at the 2014-2019 period.", ("2014", "2019", "year")),
        ("The 2023/24 budget was approved.", ("2023", "2024", "year")),
        ("Figures between 2010 and 2015 were revised.", ("2010", "2015", "year")),
        ("The consultation runs from January to March 2024.", ("2024-01", "2024-03", "month")),
        ("Her report covers November 2022 - January 2023.", ("2022-11", "2023-01", "month")),
    ],
)
def test_ranges(sentence: str, expected: Value) -> None:
    assert values(sentence) == [expected]


def test_a_range_crossing_the_new_year_starts_in_the_year_before() -> None:
    assert values("Offices close from 23 December to 3 January.", "2022-11-29") == [("2022-12-23", "2023-01-03", "day")]


@pytest.mark.parametrize(
    "sentence",
    [
        "He has served for two years and joined 18 months ago.",
        "Recovery will take 5-6 years.",
        "Covid-19 forced us online.",
        "The amendment fell 16-14 and the motion carried 21-3.",
        "The fund stands at £2019 and rose 2020% on paper.",
        "There are 2019 members in the region.",
        "Call 0345 092 2019 for help.",
        "The meeting started at 19:30 and ended at 21.15 or 9.30pm.",
        "The 1980s were grim.",
        "Motions 12/13 and 13/8 were composited.",
        "The change to Clause 1.2.10 and rule 3.4.19 was agreed.",
        "See https://example.org/2019/05/report or www.example.com/2020 for the papers.",
        "Over the last year membership grew; the past month was hard.",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert mentions(sentence) == []


# --- years from context --------------------------------------------------------------------------


def test_a_weekday_named_with_the_date_fixes_its_year() -> None:
    # 12 July fell on a Friday in 2019 and again in 2024; the meeting is in 2024
    assert values("Packs arrive by Friday 12 July.", "2024-06-25") == [day("2024-07-12")]
    assert values("Packs arrive by Friday 12 July.", "2019-06-25") == [day("2019-07-12")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("More than 1,000 have joined since May.", month("2022-05")),
        ("Over 1,000 members left after May.", month("2023-05")),  # May is nearer ahead of November
        ("The consultation will close in October.", month("2023-10")),
        ("The strike in October cost us dearly.", month("2022-10")),
        ("Moving the ballot to October would cost too much.", month("2023-10")),
        ("The vote was deferred until the April meeting.", month("2023-04")),
        ("We said we will win, but in October we lost.", month("2022-10")),
    ],
)
def test_tense_picks_the_year_of_a_month(sentence: str, expected: Value) -> None:
    # a meeting in early April: May and October lie about equally far either way
    assert values(sentence, "2023-04-04") == [expected]


def test_last_before_a_noun_is_no_past_tense() -> None:
    assert values("The last day for nominations is 5 June.", "2023-05-23") == [day("2023-06-05")]


def test_a_month_meeting_covers_its_month() -> None:
    assert values("On 19th April we had 13 days to select candidates.", "2017-04") == [day("2017-04-19")]


def test_without_a_meeting_date_the_publication_date_anchors() -> None:
    assert values("We meet again on 14 February.", None, published=date(2012, 1, 26)) == [day("2012-02-14")]


def test_without_either_the_neighbouring_reports_anchor() -> None:
    page_dates: list[date | None] = [None, date(2011, 11, 22)]  # this report first, undated
    assert values("Conference opens on 25 September.", None, neighbours=page_dates) == [day("2011-09-25")]


def test_a_date_with_nothing_to_fix_its_year_keeps_its_span_with_nulls() -> None:
    assert mentions("The branch met on 25 May, and again in June.", None) == [
        ("25 May", UNRESOLVED),
        ("June", UNRESOLVED),
    ]


# --- words relative to the meeting ---------------------------------------------------------------


def test_today_is_the_meeting_date() -> None:
    assert values("The NEC met today. Today's agenda was long.") == [day("2023-03-28"), day("2023-03-28")]


def test_today_takes_the_meeting_dates_precision() -> None:
    assert values("Today's meeting was a long one.", "2022-01") == [month("2022-01")]


def test_yesterday_is_the_meeting_when_the_report_says_so() -> None:
    text = "Yesterday's NEC went on into the evening. Yesterday was also my birthday."
    assert values(text, "2018-03-13") == [day("2018-03-13"), day("2018-03-13")]


def test_yesterday_is_the_day_before_when_the_meeting_is_today() -> None:
    text = "The NEC met today. Yesterday the PLP met to elect its chair."
    assert values(text, "2018-03-13") == [day("2018-03-13"), day("2018-03-12")]


def test_today_and_yesterday_without_any_anchor_are_unresolved() -> None:
    assert values("The executive met yesterday.", None) == [UNRESOLVED]


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        ("Membership is up this year.", "2023-03-28", year("2023")),
        ("Last year the deficit was larger.", "2023-03-28", year("2022")),
        ("Selections for next year's elections open soon.", "2023-03-28", year("2024")),
        ("She died last month.", "2023-03-28", month("2023-02")),
        ("The item was deferred to next month's meeting.", "2023-12-12", month("2024-01")),
        ("Costs were cut by the end of this month.", "2023-03-28", month("2023-03")),
        ("The party published its plan on December 17th last year.", "2023-03-28", day("2022-12-17")),
        ("We hope to win again next May.", "2023-05-23", month("2024-05")),
        ("The result last May was a shock.", "2023-05-23", month("2022-05")),
        ("The result last May was a shock.", "2023-09-19", month("2023-05")),
    ],
)
def test_relative_expressions(sentence: str, meeting: str, expected: Value) -> None:
    assert values(sentence, meeting) == [expected]


def test_the_new_year_is_the_coming_one_late_in_a_year() -> None:
    assert values("The review will report early in the New Year.", "2023-11-28") == [year("2024")]
    assert mentions("The review will report early in the new year.", "2023-11-28")[0][0] == "the new year"


@pytest.mark.parametrize(
    ("sentence", "meeting"),
    [
        ("The branch will relaunch its paper in the New Year.", "2023-03-14"),  # union, said in March
        ("A fresh canvassing drive starts in the new year.", "2023-01-10"),  # CLP, said in January
        ("The council expects the funding decision in the New Year.", "2023-06-30"),  # council
    ],
)
def test_the_new_year_is_the_coming_one_whenever_it_is_said(sentence: str, meeting: str) -> None:
    assert values(sentence, meeting) == [year("2024")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We held a training day for candidates on Saturday.", day("2023-03-25")),
        ("Passes will be issued from 8am on Saturday.", day("2023-04-01")),
        ("The campaign launch is on Thursday.", day("2023-03-30")),
        ("Tuesday's meeting opened with tributes.", day("2023-03-28")),
        ("We leafleted on Sunday morning.", day("2023-03-26")),
        ("Nominations open next Monday.", day("2023-04-03")),
        ("The panel met last Friday.", day("2023-03-24")),
    ],
)
def test_a_weekday_points_into_the_meetings_week(sentence: str, expected: Value) -> None:
    # the meeting is on Tuesday 28 March 2023
    assert values(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Sunday Times ran the story.",
        "He works Mondays to Wednesday in Westminster.",
        "On Super Thursday we lost councillors.",
        "Friday is the busiest day for casework.",
    ],
)
def test_weekdays_that_name_no_day(sentence: str) -> None:
    assert mentions(sentence) == []


def test_a_weekday_with_no_week_to_point_into_is_not_a_mention() -> None:
    assert mentions("The result came through on Saturday.", None) == []
    assert mentions("The result came through on Saturday.", "2023-03") == []


# --- the page around the report ------------------------------------------------------------------


def test_the_heading_date_is_a_mention_too() -> None:
    text = "NEC Report – 24 January 2017\n\nThe meeting was long.\n"
    assert mentions(text, "2017-01-24") == [("24 January 2017", day("2017-01-24"))]


def test_page_furniture_inside_a_report_is_skipped() -> None:
    text = "date 2020-11-25 The NEC met.\nWe met again.\nContinue reading NEC Report – 12 June 2020\n"
    assert mentions(text, "2020-11-24") == []


def test_spans_quote_the_page() -> None:
    text = "Intro.\n\nThe NEC met on Tuesday, 7 March 2023; it meets next between 9 May and 5 June.\n"
    context = report(text)
    found = extract_dates(context)
    assert [m.text for m in found] == ["Tuesday, 7 March 2023", "9 May and 5 June"]
    for mention in found:
        assert text[mention.span.start : mention.span.end] == mention.span.text == mention.text


def test_only_the_reports_own_range_is_read() -> None:
    text = "Posted 3 March 2023.\n\nNEC Report\n\nThe NEC met in March.\n\nComments: 4 April 2023\n"
    context = report(text)
    context.start = text.index("NEC Report")
    context.end = text.index("Comments")
    context.sentences = split_sentences(text, context.start, context.end)
    assert [m.text for m in extract_dates(context)] == ["March"]


# --- two-part dates, relative days with the date beside them, more forms (issue 12) ---------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # coordinated or slashed parts that share a month or year are one mention, first to last
        ("Conference sits on 20/21 July 2019 in Brighton.", ("20/21 July 2019", ("2019-07-20", "2019-07-21", "day"))),
        ("Our AGM report covers March/April 2020.", ("March/April 2020", ("2020-03", "2020-04", "month"))),
        (
            "Minutes for November & December 2015 are attached.",
            ("November & December 2015", ("2015-11", "2015-12", "month")),
        ),
        (
            "Branch meetings: 2nd, 7th, 9th and 15th March 2023.",
            ("2nd, 7th, 9th and 15th March 2023", ("2023-03-02", "2023-03-15", "day")),
        ),
        (
            "The tour runs 30 September / 1 October 2019.",
            ("30 September / 1 October 2019", ("2019-09-30", "2019-10-01", "day")),
        ),
        (
            "The council will hear it on 6th, 7th & 8th July.",
            ("6th, 7th & 8th July", ("2023-07-06", "2023-07-08", "day")),
        ),
        ("Elections were held in March and April 2020.", ("March and April 2020", ("2020-03", "2020-04", "month"))),
    ],
)
def test_two_part_dates_are_one_mention(sentence: str, expected: tuple[str, Value]) -> None:
    assert mentions(sentence) == [expected]


def test_two_dates_each_with_their_month_joined_by_and_stay_two() -> None:
    assert values("The branch met on 5 May and 6 June.") == [day("2023-05-05"), day("2023-06-06")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The executive met last night (19/06/13) and voted it down.", ("last night (19/06/13)", day("2013-06-19"))),
        ("We met yesterday 20th July to agree the slate.", ("yesterday 20th July", day("2023-07-20"))),
        ("Labour's NEC met last Tuesday 20th July.", ("last Tuesday 20th July", day("2023-07-20"))),
    ],
)
def test_a_relative_day_with_its_date_beside_it_is_one_mention(sentence: str, expected: tuple[str, Value]) -> None:
    assert mentions(sentence, "2023-07-21") == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The rule change passed easily this afternoon.", day("2023-03-28")),
        ("Councillors gathered last night to elect a leader.", day("2023-03-27")),
        ("The group reconvenes tonight.", day("2023-03-28")),
        ("The papers arrived the day before.", day("2023-03-27")),
        ("Officers met again the following day, as agreed.", day("2023-03-29")),
        ("A review will report by the end of the year.", year("2023")),
        ("Accounts close at the end of the month.", month("2023-03")),
        ("Staff move to the new offices after Easter.", day("2023-04-09")),
        ("The ballot closes before Christmas.", day("2022-12-25")),
    ],
)
def test_days_counted_from_the_meeting_and_holidays(sentence: str, expected: Value) -> None:
    assert values(sentence) == [expected]


def test_the_day_before_something_named_is_no_date() -> None:
    assert values("Leaflets went out the day before the by-election.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The union executive met in June. On the 6th, it agreed the pay claim.",
            [month("2023-06"), day("2023-06-06")],
        ),
        ("Nominations close on the 14th, when the list is published.", [day("2023-03-14")]),
    ],
)
def test_a_bare_ordinal_takes_the_month_in_view(sentence: str, expected: list[Value]) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The bill passed on the 3rd reading.",
        "We voted on the 2nd of the motions.",
        "She finished 4th in the ballot.",
    ],
)
def test_ordinals_that_are_no_days(sentence: str) -> None:
    assert values(sentence) == []


def test_an_abbreviated_month_alone_is_a_month_but_not_a_name() -> None:
    assert mentions("The Jan meeting was cancelled.") == [("Jan", month("2023-01"))]
    assert values("Jan Smith chaired the meeting.") == []


def test_a_day_glued_to_the_word_before_it() -> None:
    assert mentions("The panel was heldon28 March 2023 in private.") == [("28 March 2023", day("2023-03-28"))]


@pytest.mark.parametrize(
    "sentence",
    ["The council adopted Vision 2030 as its plan.", "Ballot 2023-07 closed at noon.", "Project 2025 was discussed."],
)
def test_numbers_in_names_and_identifiers_are_no_years(sentence: str) -> None:
    assert values(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a date that was due before the meeting, now put back
        ("The members' council was due to take place in June but was postponed.", month("2022-06")),
        ("Strategy talks were scheduled for the November meeting.", month("2022-11")),
        # put off: the new date lies ahead
        ("The item was put off to Saturday.", day("2023-04-01")),
    ],
)
def test_the_tense_of_plans_and_postponements(sentence: str, expected: Value) -> None:
    assert values(sentence, "2023-03-28") == [expected]


def test_a_meeting_scheduled_for_a_day_that_passed_is_not_a_year_ahead() -> None:
    # the meeting this one replaced: nearest the meeting, not pushed into the future by "scheduled"
    assert values("The meeting scheduled for 14 March was cancelled.", "2023-03-28") == [day("2023-03-14")]


def test_a_relative_weekday_with_no_week_is_listed_unresolved() -> None:
    assert mentions("The committee met last Saturday.", None) == [("last Saturday", UNRESOLVED)]
    assert mentions("The committee met on Saturday.", None) == []


def test_a_meeting_read_as_yesterday_puts_the_report_on_the_day_after() -> None:
    # the meeting date came from "Yesterday's" (published 28 March): every "yesterday" is that day
    text = "Yesterday's rally drew a crowd. Yesterday the chair spoke, and today we write."
    context = report_context(text, meeting="2023-03-27", meeting_text="Yesterday", parse=False)
    found = [(m.text, m.start) for m in extract_dates(context)]
    assert found == [("Yesterday", "2023-03-27"), ("Yesterday", "2023-03-27"), ("today", "2023-03-28")]


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # two days of one month, the first with its weekday, or the month written before the first
        (
            "The conference runs on Friday 24th and Saturday 25th March.",
            "Friday 24th and Saturday 25th March",
            ("2023-03-24", "2023-03-25", "day"),
        ),
        ("Stalls are booked for March 8th & 9th.", "March 8th & 9th", ("2023-03-08", "2023-03-09", "day")),
        (
            "The school runs from Friday 14th to Sunday 16th April.",
            "Friday 14th to Sunday 16th April",
            ("2023-04-14", "2023-04-16", "day"),
        ),
    ],
)
def test_two_days_of_one_month(sentence: str, text: str, expected: Value) -> None:
    assert mentions(sentence) == [(text, expected)]


def test_two_whole_dates_joined_by_and_stay_two() -> None:
    assert [t for t, _ in mentions("We meet on March 8th and April 9th.")] == ["March 8th", "April 9th"]


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        ("The branch meets again on Tuesday 4th.", "Tuesday 4th", day("2023-04-04")),
        ("Ballot papers go out on Friday the 31st.", "Friday the 31st", day("2023-03-31")),
        ("We last met on Wed 15th.", "Wed 15th", day("2023-03-15")),
    ],
)
def test_a_weekday_and_a_day_without_a_month_fall_in_the_nearest_month_that_fits(
    sentence: str, text: str, expected: Value
) -> None:
    assert mentions(sentence) == [(text, expected)]


def test_the_tense_of_a_sentence_a_hard_wrapped_line_cut_reaches_back_over_the_break() -> None:
    text = "DATES. The next meeting is in May. Annual Conference will be held in\nLiverpool from 8 to 11 October."
    assert values(text)[-1] == ("2023-10-08", "2023-10-11", "day")
