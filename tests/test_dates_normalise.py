"""The shared date normaliser: expressions in, ISO values out, missing years inferred from hints."""

from __future__ import annotations

from datetime import date

import pytest

from nec_extract.language.dates import (
    DateValue,
    Parts,
    YearHints,
    infer_year,
    iso_to_date,
    nearest_weekday,
    normalise,
    parse_parts,
    parse_quarter,
)

MEETING = YearHints(meeting=date(2023, 3, 28))


def values(value: DateValue) -> tuple[str | None, str | None, str | None]:
    return value.start, value.end, value.precision.value if value.precision else None


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("28 March 2023", ("2023-03-28", None, "day")),
        ("March 30, 2023", ("2023-03-30", None, "day")),
        ("the 3rd of Sept 2019", ("2019-09-03", None, "day")),
        ("Friday, 19 June, 2015", ("2015-06-19", None, "day")),
        ("20/9/2016", ("2016-09-20", None, "day")),
        ("07/03/2017", ("2017-03-07", None, "day")),
        ("5.11.2018", ("2018-11-05", None, "day")),
        ("2021-05-26", ("2021-05-26", None, "day")),
        ("January 2024", ("2024-01", None, "month")),
        ("SEPTEMBER 2019", ("2019-09", None, "month")),
        ("1997", ("1997", None, "year")),
        ("Q4 of 2022", ("2022-Q4", None, "quarter")),
        ("2023 Q2", ("2023-Q2", None, "quarter")),
        ("the third quarter of 2014", ("2014-Q3", None, "quarter")),
        ("4 to 9 March 2020", ("2020-03-04", "2020-03-09", "day")),
        ("30 December to 2 January 2019", ("2018-12-30", "2019-01-02", "day")),
    ],
)
def test_written_dates_need_no_hints(expression: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert values(normalise(expression)) == expected


def test_a_day_that_does_not_exist_is_no_date() -> None:
    assert parse_parts("31 April 2022") is None
    assert values(normalise("30 February")) == (None, None, None)


def test_day_month_without_a_year_and_without_hints_is_unresolved() -> None:
    assert values(normalise("25 May")) == (None, None, None)
    assert values(normalise("Q1")) == (None, None, None)


def test_abbreviated_weekdays_are_read_when_capitalised() -> None:
    assert parse_parts("Tues 4th Feb") == Parts(None, 2, 4, 1)
    assert parse_parts("Weds 5 June") == Parts(None, 6, 5, 2)


def test_month_then_the_day() -> None:
    assert parse_parts("February the 4th") == Parts(None, 2, 4)


def test_quarters_are_parsed_apart_from_days() -> None:
    assert parse_quarter("Q3") == Parts(quarter=3)
    assert parse_quarter("the final quarter of 2020") == Parts(year=2020, quarter=4)
    assert parse_quarter("a quarter of members") is None


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("26th April", "2023-04-26"),  # after the meeting, a month on
        ("14 February", "2023-02-14"),  # before it, six weeks back
        ("1 December", "2022-12-01"),  # nearer back than ahead
        ("Tuesday 24 March", "2026-03-24"),  # the weekday fixes the year, the nearest that fits
    ],
)
def test_missing_years_come_from_the_meeting(expression: str, expected: str) -> None:
    assert normalise(expression, MEETING).start == expected


def test_the_tense_picks_the_side_of_the_meeting() -> None:
    november_meeting = date(2015, 11, 24)
    plain = YearHints(meeting=november_meeting)
    looking_back = YearHints(meeting=november_meeting, tense="past")
    looking_ahead = YearHints(meeting=november_meeting, tense="future")
    # May is a little nearer ahead than back
    assert normalise("May", plain).start == "2016-05"
    assert normalise("May", looking_back).start == "2015-05"
    assert normalise("October", looking_ahead).start == "2016-10"
    assert normalise("October", plain).start == "2015-10"


def test_a_month_meeting_covers_its_whole_month() -> None:
    # "On 19th April" in a report of an April meeting is that April, even looking back
    hints = YearHints(meeting=date(2017, 4, 1), meeting_last=date(2017, 4, 30), tense="past")
    assert normalise("19th April", hints).start == "2017-04-19"


def test_without_a_meeting_the_publication_date_anchors() -> None:
    assert normalise("2 January", YearHints(published=date(2019, 12, 20))).start == "2020-01-02"


def test_neighbouring_reports_anchor_last() -> None:
    hints = YearHints(neighbours=[date(2011, 9, 24), date(2011, 11, 22)])
    assert normalise("18 October", hints).start == "2011-10-18"


def test_a_quarter_without_a_year_is_the_one_nearest_the_meeting() -> None:
    assert values(normalise("Q1", MEETING)) == ("2023-Q1", None, "quarter")
    assert normalise("Q4", YearHints(meeting=date(2024, 1, 23))).start == "2023-Q4"
    assert normalise("Q2", YearHints(meeting=date(2024, 1, 23))).start == "2024-Q2"


def test_a_weekday_date_with_nothing_to_centre_on_is_unresolved() -> None:
    assert infer_year(Parts(None, 3, 24, 1), YearHints()) is None


def test_a_weekday_date_centres_on_the_middle_of_the_page_years() -> None:
    # one stray old year does not pull the middle away
    hints = YearHints(page_years=[2000, 2016, 2016, 2017])
    assert infer_year(Parts(None, 7, 15, 4), hints) == 2016


def test_nearest_weekday_looks_both_ways_unless_the_tense_says() -> None:
    tuesday = date(2023, 3, 28)
    assert nearest_weekday(5, tuesday) == date(2023, 3, 25)  # Saturday: 3 days back, 4 ahead
    assert nearest_weekday(3, tuesday) == date(2023, 3, 30)  # Thursday: 2 days ahead
    assert nearest_weekday(5, tuesday, "future") == date(2023, 4, 1)
    assert nearest_weekday(3, tuesday, "past") == date(2023, 3, 23)
    assert nearest_weekday(1, tuesday, "future") == tuesday


def test_dateparser_reads_what_the_regexes_do_not() -> None:
    # a day and month in figures with no year: dateparser, day first
    assert values(normalise("4/2", MEETING)) == ("2023-02-04", None, "day")


def test_iso_to_date_takes_the_first_day() -> None:
    assert iso_to_date("2023-Q2") == date(2023, 4, 1)
    assert iso_to_date("2021-05") == date(2021, 5, 1)
    assert iso_to_date("2019") == date(2019, 1, 1)


def test_hints_anchor_prefers_the_meeting() -> None:
    hints = YearHints(meeting=date(2020, 5, 1), meeting_last=date(2020, 5, 31), published=date(2020, 6, 2))
    assert hints.anchor() == (date(2020, 5, 1), date(2020, 5, 31))
    assert YearHints(published=date(2020, 6, 2)).anchor() == (date(2020, 6, 2), date(2020, 6, 2))
    assert YearHints().anchor() is None
