"""Years and months of dates on unseen pages (issue 13), on sentences written here in several voices (NEC
write-up, union branch minutes, council minutes, news), each with negatives:

- a month's abbreviation is a whole word: the "DEC" that opens "DECLARATIONS" after a minute number is no month;
- the "had" of what is yet to be done by a date ("wants every ward to have had a leaflet by Christmas", "will have
  had the results by May") is no past perfect: a deadline after it lies ahead;
- "in future", "from now on", "going forward" look ahead;
- months told ahead whose first has ended by the meeting ("in future the budget is discussed in January and
  February", said in February) are next year's;
- what a plan, strategy or preparations are for lies ahead ("its campaign strategy paper for the May elections",
  "plans are continuing for a conference in June");
- what could or might come, be held, take place or be called lies ahead ("an election could come as early as May");
- "the Tuesday" a sentence or two after an event is said to open on a day ("with conference opening on Sunday 26
  September") is that weekday in the event's week.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from support import report_context


def values(text: str, meeting: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.start, m.end) for m in extract_dates(report_context(text, meeting=meeting, parse=False))]


def starts(text: str, meeting: str) -> list[str | None]:
    return [m.start for m in extract_dates(report_context(text, meeting=meeting, parse=False))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # council minutes: a minute number before a heading in capitals
        ("PLN/14  DECLARATIONS OF INTEREST\nNone were made.", []),
        ("HSG/3  MARCHING BAND LICENCE\nThe licence was renewed.", []),
        ("EXC/21  JUNEBUG PLAYSCHEME\nThe grant was agreed.", []),
        # the abbreviation as a word is still a month
        ("The next meeting is on 20 DEC.", ["2024-12-20"]),
        ("The branch social is on 14 Nov at the club.", ["2024-11-14"]),
    ],
)
def test_a_months_abbreviation_is_a_whole_word(text: str, expected: list[str]) -> None:
    assert starts(text, "2024-09-03") == expected


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # CLP all-members meeting
        ("The organiser wants every new voter to have had a leaflet by Christmas.", "2023-10-12", ["2023-12-25"]),
        # union branch minutes
        ("The branch aims to have had a rep in every depot by 30 November.", "2022-10-04", ["2022-11-30"]),
        # NEC write-up
        ("By then the panel will have had every shortlist in front of it by 15 July.", "2021-07-06", ["2021-07-15"]),
        # news
        ("Officials said they’ll have had the ballot papers printed by March.", "2024-11-20", ["2025-03"]),
        # council minutes
        ("Officers are to have had the survey back by 31 January.", "2019-11-11", ["2020-01-31"]),
    ],
)
def test_a_deadline_after_a_perfect_yet_to_come_lies_ahead(sentence: str, meeting: str, expected: list[str]) -> None:
    assert starts(sentence, meeting) == expected


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # negatives: the past perfect and the present perfect still look back
        ("Every branch had received its pack by 30 September.", "2023-10-12", ["2023-09-30"]),
        ("We have had two socials since May.", "2023-10-12", ["2023-05"]),
        ("The council had hoped to have had the report by September.", "2023-10-12", ["2023-09"]),
    ],
)
def test_the_past_perfect_still_looks_back(sentence: str, meeting: str, expected: list[str]) -> None:
    assert starts(sentence, meeting) == expected


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # union branch minutes
        ("From now on the branch AGM is held in January.", "2022-11-08", ["2023-01"]),
        # council minutes
        ("The rule means that in future nominations open in March.", "2019-06-17", ["2020-03"]),
        # NEC write-up
        (
            "Going forward, the accounts are presented in February and again in July.",
            "2021-09-21",
            ["2022-02", "2022-07"],
        ),
        # news
        ("In the future the regional conference takes place in April, the party said.", "2018-05-10", ["2019-04"]),
        # negatives: no cue, the nearest year; a past cue, behind
        ("The accounts are presented in February.", "2021-06-21", ["2021-02"]),
        ("The conference took place in April.", "2018-05-10", ["2018-04"]),
    ],
)
def test_in_future_looks_ahead(sentence: str, meeting: str, expected: list[str]) -> None:
    assert starts(sentence, meeting) == expected


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # council Labour group
        (
            "The whip proposed that in future the budget is discussed at two meetings, in January and February.",
            "2008-02-11",
            [("January and February", "2009-01", "2009-02")],
        ),
        # union branch minutes
        (
            "The pay talks will take place in January and February.",
            "2016-02-23",
            [("January and February", "2017-01", "2017-02")],
        ),
        # news
        (
            "Hustings will be held across the region in May and June.",
            "2020-06-20",
            [("May and June", "2021-05", "2021-06")],
        ),
        # negatives: told in the past, or begun after the meeting
        (
            "The budget was discussed in January and February.",
            "2008-02-11",
            [("January and February", "2008-01", "2008-02")],
        ),
        ("The consultation will run from March to May.", "2008-02-11", [("March to May", "2008-03", "2008-05")]),
        (
            "Group meetings were held in December and January.",
            "2008-02-11",
            [("December and January", "2007-12", "2008-01")],
        ),
    ],
)
def test_months_told_ahead_that_have_begun_are_next_years(
    sentence: str, meeting: str, expected: list[tuple[str, str, str]]
) -> None:
    assert values(sentence, meeting) == expected


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # regional party council report
        (
            "On the Saturday the executive tabled its campaign strategy paper for the May elections.",
            "2023-11-11",
            ["2024-05"],
        ),
        # NEC write-up
        ("Plans are continuing for an online youth conference in June.", "2020-11-24", ["2021-06"]),
        # union branch minutes
        ("Preparations for the June ballot of members are under way.", "2022-11-29", ["2023-06"]),
        # council minutes
        ("Officers outlined the arrangements for the April count.", "2018-10-16", ["2019-04"]),
        # news
        (
            "The party published its planning for a recall conference in March, a spokesperson said.",
            "2017-09-20",
            ["2018-03"],
        ),
        # negatives: no plan, or what was decided of it in a month
        ("The results of the May elections were discussed.", "2023-11-11", ["2023-05"]),
        ("The plan agreed in May was dropped.", "2023-11-11", ["2023-05"]),
        ("The branch set out its plans for the winter, starting in January.", "2023-11-11", ["2024-01"]),
    ],
)
def test_what_a_plan_is_for_lies_ahead(sentence: str, meeting: str, expected: list[str]) -> None:
    assert starts(sentence, meeting) == expected


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # CLP all-members meeting
        ("Everyone knows a general election could come as early as May.", "2023-10-12", ["2024-05"]),
        # union branch minutes
        ("The regional official warned that the strike might be called in June.", "2021-11-02", ["2022-06"]),
        # news
        ("A ballot could be held in March, the union said.", "2019-10-01", ["2020-03"]),
        # council minutes
        ("The inquiry might take place in February if funding allows.", "2016-09-14", ["2017-02"]),
        # NEC write-up
        ("Deputy leadership hustings could take place in January.", "2022-09-20", ["2023-01"]),
        # negatives: what members could do, and what could not be done
        ("Members could vote online in May.", "2023-10-12", ["2023-05"]),
        ("The meeting could not be held in May.", "2023-10-12", ["2023-05"]),
    ],
)
def test_what_could_or_might_happen_lies_ahead(sentence: str, meeting: str, expected: list[str]) -> None:
    assert starts(sentence, meeting) == expected


def texts_and_starts(text: str, meeting: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.start) for m in extract_dates(report_context(text, meeting=meeting, parse=False))]


@pytest.mark.parametrize(
    ("text", "meeting", "expected"),
    [
        # NEC write-up
        (
            "We agreed the timetable, with conference opening on Sunday 24 September. I am speaking in the housing "
            "debate on the Tuesday.",
            "2023-07-18",
            [("Sunday 24 September", "2023-09-24"), ("Tuesday", "2023-09-26")],
        ),
        # union branch minutes
        (
            "The national delegate conference opens on Monday 13 May. Our motion is due to be heard on the Wednesday.",
            "2024-03-05",
            [("Monday 13 May", "2024-05-13"), ("Wednesday", "2024-05-15")],
        ),
        # news
        (
            "The festival, starting on Friday 7 July, runs all weekend. The main rally is on the Sunday.",
            "2017-06-20",
            [("Friday 7 July", "2017-07-07"), ("Sunday", "2017-07-09")],
        ),
        # negatives: a day no event opens on, and a weekday counted from another
        (
            "The NEC met on 20 July. On the Tuesday we also met the unions.",
            "2010-07-20",
            [("20 July", "2010-07-20")],
        ),
        (
            "Conference opens on Sunday 26 September. The NEC meets on the Saturday before.",
            "2010-07-20",
            [("Sunday 26 September", "2010-09-26")],
        ),
    ],
)
def test_the_weekday_of_an_event_that_opens_on_a_day(text: str, meeting: str, expected: list[tuple[str, str]]) -> None:
    assert texts_and_starts(text, meeting) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # NEC write-up, union minutes, council minutes, news: a run of days with its year counted from the meeting
        (
            "Conference will be held 8-10 March next year in Liverpool.",
            ("8-10 March next year", "2024-03-08", "2024-03-10"),
        ),
        (
            "The delegate conference ran from 3 to 5 May last year.",
            ("3 to 5 May last year", "2022-05-03", "2022-05-05"),
        ),
        ("Budget meetings fall on 20 and 21 June this year.", ("20 and 21 June this year", "2023-06-20", "2023-06-21")),
        (
            "The festival returns on 14-16 July next year, the council heard.",
            ("14-16 July next year", "2024-07-14", "2024-07-16"),
        ),
    ],
)
def test_a_run_of_days_with_a_year_counted_from_the_meeting_is_one_range(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    """ "8-10 March next year" is one mention, both ends in the year after the meeting's (SPEC Rulings: coordinated
    or slashed parts that share a month or year are one mention); the single day keeps its form."""
    assert values(sentence, "2023-03-14") == [expected]


def test_a_single_day_with_a_year_counted_from_the_meeting_is_still_one_day() -> None:
    assert values("The review reports on 20 June next year.", "2023-03-14") == [
        ("20 June next year", "2024-06-20", None)
    ]
