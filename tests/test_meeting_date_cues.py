"""Meeting dates: the words that tie a day to the meeting, or to something else (another meeting, another
event, what the meeting decided on), on sentences and pages written here in several styles."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

BODY = "The secretary reported on the campaign and members asked about the budget."


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


# --- "last Tuesday" is past by its own word, whatever the sentence goes on to decide -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Last Tuesday's meeting of the executive agreed to ballot members on the offer.",
        "The branch committee last Tuesday decided to affiliate to the trades council.",
        "Last Tuesday the council voted to close two libraries.",
        "At last Tuesday's NEC, members agreed to open selections.",
    ],
)
def test_last_and_a_weekday_is_a_past_meeting_day(sentence: str) -> None:
    page = f"Members' bulletin\nFriday 10 March 2023\n\n{sentence} {BODY}\n"
    assert meeting_dates(page) == ["2023-03-07"]


def test_next_and_a_weekday_is_no_meeting_day() -> None:
    page = f"Members' bulletin\nFriday 10 March 2023\n\nNext Tuesday's meeting of the executive will vote. {BODY}\n"
    assert meeting_dates(page) == [None]


# --- a relative day tied to the meeting by the body's name or acronym --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hi all, a quick note on tonight's GC.", "2020-10-12"),
        ("Yesterday's board heard from the auditors.", "2020-10-11"),
        ("Last night the branch heard from our new MP.", "2020-10-11"),
        ("A short report from tonight's WEC follows.", "2020-10-12"),
    ],
)
def test_a_relative_day_tied_to_the_body_by_its_name(sentence: str, expected: str) -> None:
    page = f"Sent: 12 October 2020 22:41\nSubject: GC report\n\n{sentence} {BODY}\n"
    assert meeting_dates(page) == [expected]


@pytest.mark.parametrize("sentence", ["Yesterday's weather kept many at home.", "Last night the rain came back."])
def test_a_relative_day_tied_to_nothing_is_no_meeting_day(sentence: str) -> None:
    page = f"Sent: 12 October 2020 22:41\nSubject: GC report\n\n{sentence} The treasurer sent the accounts round.\n"
    assert meeting_dates(page) == [None]


# --- a meeting verb right before its day --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The board met Thursday, March 9, to consider the budget.", "2017-03-09"),
        ("The executive convened Monday 6 March to hear the appeal.", "2017-03-06"),
        ("Delegates gathered Saturday, March 4 in the town hall.", "2017-03-04"),
    ],
)
def test_a_meeting_verb_right_before_its_day(sentence: str, expected: str) -> None:
    page = f"Board news\nMarch 10, 2017\n\n{sentence} {BODY}\n"
    assert meeting_dates(page) == [expected]


def test_a_meeting_to_come_right_before_its_day_is_no_meeting_day() -> None:
    page = f"Board news\nMarch 10, 2017\n\nThe board will meet Thursday, March 16, to consider the budget. {BODY}\n"
    assert meeting_dates(page) == [None]


# --- a bare day of the heading's month before a verb ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The NEC's meeting on the 6th was the first chaired by the new chair.",
        "The meeting on the 6th saw a long debate on the budget.",
        "Both sessions held on the 6th were well attended.",
    ],
)
def test_a_bare_day_before_a_verb(sentence: str) -> None:
    assert meeting_dates(f"NEC report February 2018\n\n{sentence} {BODY}\n") == ["2018-02-06"]


def test_a_bare_ordinal_of_a_reading_is_no_day() -> None:
    page = f"NEC report February 2018\n\nThe bill passed on the 3rd reading in the Lords. {BODY}\n"
    assert meeting_dates(page) == ["2018-02"]


# --- the heading's day is the day of writing when the body counts the meeting back from it --------------------


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Executive news 22.11.22\n\nLast night's executive agreed to hold a special conference.", "2022-11-21"),
        ("Branch bulletin – 5 May 2021\n\nYesterday's branch meeting elected a new secretary.", "2021-05-04"),
        ("NEC notes, 14 March 2018\n\nThe NEC met yesterday for most of the afternoon.", "2018-03-13"),
    ],
)
def test_a_heading_day_the_body_counts_the_meeting_back_from(page: str, expected: str) -> None:
    assert meeting_dates(f"{page} {BODY}\n") == [expected]


@pytest.mark.parametrize(
    "page",
    [
        # a relative day that speaks of no meeting
        "Executive news 22.11.22\n\nLast night's storm closed the office early.",
        # not the body's first sentence
        "Executive news 22.11.22\n\nThe executive met in Leeds. The regional board met last night too.",
        # a day still to come
        "Executive news 22.11.22\n\nThe executive meets tomorrow to agree the budget.",
    ],
)
def test_a_heading_day_stays_when_the_body_does_not_count_back_from_it(page: str) -> None:
    assert meeting_dates(f"{page} {BODY}\n") == ["2022-11-22"]


# --- the day of an earlier meeting, or of another event, is not the meeting's ---------------------------------


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "NEC report – March 2019\n\nFollowing the meeting of the Organisation Committee on 5 March, the full "
            "NEC met on 12 March.",
            "2019-03-12",
        ),
        (
            "Executive Committee report\n\nThe committee, which last met on 8 June 2021, met again on 15 June 2021.",
            "2021-06-15",
        ),
        (
            "Branch report\n\nSince the previous meeting on 3 May 2022, the branch has recruited twelve members. "
            "We met on 7 June 2022 at the library.",
            "2022-06-07",
        ),
        (
            "Group minutes\n\n1. The minutes of the meeting held on 10 November 2020 were approved.\n"
            "2. The group met on 8 December 2020 by video link.",
            "2020-12-08",
        ),
        (
            "Report from the NEC\n\nThe committee heard a report on the local elections held on 5 May 2022. "
            "The NEC met on 10 May 2022 at party headquarters.",
            "2022-05-10",
        ),
        (
            "Union executive report\n\nThe ballot, which took place on 2 March 2023, was a clear yes. The "
            "executive met on 9 March 2023.",
            "2023-03-09",
        ),
    ],
)
def test_the_day_of_an_earlier_meeting_or_another_event_is_passed_over(page: str, expected: str) -> None:
    assert meeting_dates(f"{page} {BODY}\n") == [expected]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("NEC report\n\nAfter a long wait, the NEC met on 12 March 2019.", "2019-03-12"),
        ("Branch report\n\nThe AGM, which took place on 4 March 2022, elected a new committee.", "2022-03-04"),
        ("Branch – Minutes\n\nMinutes of the branch meeting held on Tuesday 8 December 2020.", "2020-12-08"),
        ("Report of the Executive\n\nThe meeting held on 14 June 2021 agreed the budget.", "2021-06-14"),
    ],
)
def test_the_meetings_own_day_after_such_words_stays(page: str, expected: str) -> None:
    assert meeting_dates(f"{page} {BODY}\n") == [expected]


# --- a headline's day of what the meeting decided on ------------------------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Labour NEC votes to hold special conference on 5 June",
        "Council agrees to hold a referendum on 4 May",
        "Union executive decides to stage a national demonstration on 18 June",
    ],
)
def test_a_headlines_day_of_what_was_decided_is_not_the_meetings(headline: str) -> None:
    page = (
        f"{headline}\n\nWednesday 24 February 2021\n\nThe committee voted on Tuesday to go ahead, the first such "
        f"decision since 2014. {BODY}\n"
    )
    assert meeting_dates(page) == ["2021-02-23"]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("NEC votes to expel councillor – 12 March 2019", "2019-03-12"),
        ("NEC meeting, 12 March 2019", "2019-03-12"),
        ("Executive report: decisions to hold and to sell, 12 March 2019", "2019-03-12"),
    ],
)
def test_a_headlines_day_set_apart_is_the_meetings(headline: str, expected: str) -> None:
    assert meeting_dates(f"{headline}\n\nThe committee met in London. {BODY}\n") == [expected]


# --- a long lede before the meeting's day -------------------------------------------------------------------

LEDE = (
    "Labour councillors in Northtown have chosen a new leader after a contest that divided them all summer. "
    "The outgoing leader said she had been pushed out by a faction close to the local MP, and her supporters "
    "warned that the majority on the council could be at risk at the next elections in the town. "
    "The new leader, a former cabinet member for housing, promised to unite the councillors and to focus on the "
    "cost of living, council housing and the town centre, which has lost three of its largest shops this year. "
    "She said her first task would be to meet every councillor one by one and to name a new cabinet in a fortnight. "
    "Several who backed her opponent said they would serve under her, and one said the contest had been fair. "
)


@pytest.mark.parametrize(
    "closing",
    [
        "The group met on Tuesday 18 July 2023 at the town hall, where she won by 24 votes to 19.",
        "The vote took place on 18 July 2023 at a meeting of the group.",
        "The 18 July 2023 meeting of the group was held behind closed doors.",
    ],
)
def test_a_day_tied_to_the_meeting_after_a_long_lede(closing: str) -> None:
    assert len(LEDE) > 700
    assert meeting_dates(f"Council Labour group elects new leader\n\n{LEDE}{closing}\n") == ["2023-07-18"]


def test_a_meeting_to_come_after_a_long_lede_is_no_meeting_day() -> None:
    closing = "The group will meet on 25 July 2023 to agree the cabinet."
    page = f"Council Labour group elects new leader\n\n{LEDE}{closing}\n"
    assert meeting_dates(page) == [None]


def test_a_possessive_day_names_the_meeting() -> None:
    assert meeting_dates(f"NEC Report – March 2019\n\n12 March's NEC was a long one. {BODY}\n") == ["2019-03-12"]
