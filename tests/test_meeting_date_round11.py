"""Meeting dates of kinds the round-11 bank found unread, on pages written here in several voices (NEC write-up,
union executive news, Welsh and regional reports, members' news), each with negatives:

- a month with its year alone on the line under an undated heading ("July 2019") names the meeting's month;
- a day without its month ("on the 14th") in the sentence that names the meeting's month is that month's day;
- a heading's day a few days after the day the body says the meeting met ("Executive update – 3 May 2022" over
  "our executive met last Thursday, 28 April") is the day of writing: the meeting is the body's day."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

BODY = "The General Secretary reported on the finances and members asked about the budget."


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


# --- a month-year line under an undated heading ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "period", "sentence", "expected"),
    [
        ("National Executive Council report", "July 2019", "The NEC met on 16 July at head office.", "2019-07-16"),
        ("Welsh Executive Committee – report", "March 2022", "We met on the 14th in Cardiff.", "2022-03-14"),
        ("Branch committee news", "November 2020", "The committee met online on Tuesday.", "2020-11"),
        ("Regional Board update", "June 2023", "The board met in Leeds.", "2023-06"),
    ],
)
def test_a_month_line_under_an_undated_heading_names_the_meeting_month(
    heading: str, period: str, sentence: str, expected: str
) -> None:
    assert meeting_dates(f"{heading}\n{period}\n\n{sentence} {BODY}\n") == [expected]


@pytest.mark.parametrize(
    "page",
    [
        # the line under the heading is a day: the page's dateline, not the meeting's month
        f"Executive report\n14 July 2019\n\nThe executive met on Tuesday. {BODY}\n",
        # a month inside a sentence under the heading is no period line
        f"Executive report\n\nBy July 2019 the union had grown. {BODY}\n",
    ],
)
def test_a_day_line_or_a_month_in_a_sentence_is_no_period_line(page: str) -> None:
    assert meeting_dates(page) != ["2019-07"]


# --- "the March meeting, on the 14th" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "sentence", "expected"),
    [
        ("Posted on 16 March 2022", "The NEC's March meeting, on the 14th, opened with a report.", "2022-03-14"),
        ("Posted 20 June 2023", "We met in June, on the 12th, in Leeds.", "2023-06-12"),
        ("Published 30 October 2021", "The executive's October meeting was held on the 26th.", "2021-10-26"),
    ],
)
def test_a_day_without_its_month_after_the_meeting_month_is_that_months_day(
    stamp: str, sentence: str, expected: str
) -> None:
    assert meeting_dates(f"Executive report\n{stamp}\n\n{sentence} {BODY}\n") == [expected]


def test_a_day_of_something_else_after_the_meeting_month_is_not_the_meeting_day() -> None:
    sentence = "At the June meeting we agreed that ballots close on the 30th."
    page = f"Executive report\nPosted 20 June 2023\n\n{sentence} {BODY}\n"
    assert meeting_dates(page) == ["2023-06"]


# --- a heading's day a few days after the day the body says the meeting met -----------------------------------


@pytest.mark.parametrize(
    ("heading", "sentence", "expected"),
    [
        (
            "Executive update – 3 May 2022",
            "Our national executive met last Thursday, 28 April, and agreed it.",
            "2022-04-28",
        ),
        ("Members' news, 12 October 2023", "The board met on 9 October to agree the budget.", "2023-10-09"),
        ("NEC report – 20 March 2019", "The NEC met on Tuesday 12 March in London.", "2019-03-12"),
    ],
)
def test_a_heading_dated_days_after_the_meeting_the_body_dates_is_the_day_of_writing(
    heading: str, sentence: str, expected: str
) -> None:
    assert meeting_dates(f"{heading}\n\n{sentence} {BODY}\n") == [expected]


@pytest.mark.parametrize(
    ("heading", "sentence", "expected"),
    [
        # an earlier meeting, not this one
        ("NEC report – 20 March 2019", "The Organisation Committee had met on 12 March to prepare.", "2019-03-20"),
        # a day weeks before: no write-up of this meeting
        ("NEC report – 20 March 2019", "The NEC met on 12 January and again today.", "2019-03-20"),
        # the body's day is after the heading's
        ("Executive update – 3 May 2022", "The executive meets on 10 May to agree it.", "2022-05-03"),
    ],
)
def test_another_meeting_or_a_distant_day_leaves_the_headings_day(heading: str, sentence: str, expected: str) -> None:
    assert meeting_dates(f"{heading}\n\n{sentence} {BODY}\n") == [expected]


# --- a day without its month, in a post dated by its publication ------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "sentence", "expected"),
    [
        ("Posted 16 March 2022", "We met on the 14th.", "2022-03-14"),
        ("Posted 16 March 2022", "The NEC met on the evening of the 14th, online.", "2022-03-14"),
        ("Published 9 June 2021", "The branch committee met on the afternoon of the 7th.", "2021-06-07"),
        # a day still to come in the post's month: the month before
        ("Posted 3 March 2023", "The council met on the 28th.", "2023-02-28"),
    ],
)
def test_a_day_without_its_month_is_in_the_month_of_writing(stamp: str, sentence: str, expected: str) -> None:
    assert meeting_dates(f"Executive report\n{stamp}\n\n{sentence} {BODY}\n") == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Members will meet on the 30th.",  # still to come
        "The evening of the 14th was set aside for the social.",  # no meeting's verb
    ],
)
def test_a_day_to_come_or_of_something_else_is_no_meeting_day(sentence: str) -> None:
    assert meeting_dates(f"Executive report\nPosted 16 March 2022\n\n{sentence} {BODY}\n") == [None]


# --- a heading's weekday with its day of the month --------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "stamp", "expected"),
    [
        ("Labour NEC, Tuesday 12th", "Posted 14 March 2019", "2019-03-12"),
        ("Executive Council – Friday 3rd", "Published 6 June 2022", "2022-06-03"),
        ("Branch meeting: Monday 30th", "Posted 2 December 2020", "2020-11-30"),
    ],
)
def test_a_headings_weekday_and_day_are_the_meeting_day_near_the_post(heading: str, stamp: str, expected: str) -> None:
    assert meeting_dates(f"{heading}\n{stamp}\n\nThe committee met in the hall. {BODY}\n") == [expected]


# --- "Following the NEC on 14 March, here is my report" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Following the NEC on Monday 14 March 2022, here is my report.", "2022-03-14"),
        ("After the executive on 9 May 2023, I can report that the budget was agreed.", "2023-05-09"),
        ("Following our branch meeting on 3 October 2021, here are some notes.", "2021-10-03"),
    ],
)
def test_a_write_up_that_follows_the_meeting_is_dated_by_it(sentence: str, expected: str) -> None:
    assert meeting_dates(f"Members' report\n\n{sentence} {BODY}\n") == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Following the Organisation Committee on 7 March 2022, the NEC agreed the budget.",
        "After the panel on 2 May 2023, the executive turned to the pay claim.",
    ],
)
def test_the_day_of_an_earlier_meeting_before_the_main_clause_is_not_this_one(sentence: str) -> None:
    assert meeting_dates(f"Members' report\n\n{sentence} {BODY}\n") == [None]


# --- the day or month of another event or an earlier meeting in the opening ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # a ballot's days, held among members
        "The executive first heard the result of the ballot for President, held among all members between 5 "
        "September and 3 October.",
        "It noted the result of the ballot for the women's seat, which took place online from 2 May.",
        # the month of another event the clause names
        "This was the first full meeting since the conference in September.",
        "It was our first meeting after the strike in June.",
        # an earlier meeting, said in the past perfect
        "We agreed the amendments that I had proposed at the September meeting.",
        "The motion, which had been deferred at the July meeting, was taken first.",
    ],
)
def test_the_day_or_month_of_another_event_or_an_earlier_meeting_is_not_the_meetings(sentence: str) -> None:
    assert meeting_dates(f"Executive report\nPosted 16 October 2016\n\n{sentence} {BODY}\n") == [None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The executive met on 14 October, after we had waited for weeks for the papers.", "2016-10-14"),
        ("The October meeting was held online.", "2016-10"),
        ("The executive, which had not met since the summer, met on 12 October.", "2016-10-12"),
    ],
)
def test_the_meetings_own_day_or_month_is_still_read(sentence: str, expected: str) -> None:
    assert meeting_dates(f"Executive report\nPosted 16 October 2016\n\n{sentence} {BODY}\n") == [expected]


# --- "met today, September 29th" in a post put up days later ----------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "sentence", "expected"),
    [
        ("Posted 1 October 2020", "Our national executive met today, September 29th.", "2020-09-29"),
        ("Posted 1 October 2020", "The NEC met yesterday, 28th September.", "2020-09-28"),
        ("Published 14 May 2019", "The branch committee met today – 10 May – in the library.", "2019-05-10"),
    ],
)
def test_the_day_written_beside_a_relative_word_is_the_meeting_day(stamp: str, sentence: str, expected: str) -> None:
    assert meeting_dates(f"Executive report\n{stamp}\n\n{sentence} {BODY}\n") == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We met yesterday, 12 members in all.", "2020-09-30"),  # a count, no date, beside it
        ("The NEC met yesterday, and on 29 September the panel met.", "2020-09-30"),  # another clause's day
    ],
)
def test_a_relative_day_with_no_date_beside_it_counts_from_the_post(sentence: str, expected: str) -> None:
    assert meeting_dates(f"Executive report\nPosted 1 October 2020\n\n{sentence} {BODY}\n") == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Today, 29 September, the NEC met online.", "2020-09-29"),
        ("Yesterday, 30 September, the executive agreed the budget.", "2020-09-30"),
        ("Last night, 30 September, the branch committee met in the library.", "2020-09-30"),
    ],
)
def test_a_sentence_opening_with_a_relative_word_and_its_day_is_dated_by_the_day(sentence: str, expected: str) -> None:
    assert meeting_dates(f"Executive report\nPosted 1 October 2020\n\n{sentence} {BODY}\n") == [expected]


def test_a_relative_word_and_a_day_of_something_else_give_no_meeting_day() -> None:
    page = f"Executive report\nPosted 1 October 2020\n\nToday, 29 September, is a long way off. {BODY}\n"
    assert meeting_dates(page) == [None]
