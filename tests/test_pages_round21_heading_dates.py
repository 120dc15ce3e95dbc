"""Dates in the headings of registers the tool had rarely seen (round 21), on pages written here in several
styles, with near-misses:

- a month that ends a heading line is a month, whatever word opens the next line ("Executive news – June" /
  "The branch executive met ..."); a first name with its surname on the same line stays a name;
- a numbered report before a dash and its day ("CAC Report 2 – Sunday 24 September") is no run of days; a run
  names a weekday at both ends or at neither ("Friday 2 – Sunday 4 September");
- a meeting's heading naming its body by an acronym ("WEC report – 16 September") stacked under a page's heading
  of a year ("WEC reports 2023") dates the meeting to the day, in that year."""

from __future__ import annotations

import pytest

from nec_extract.language.dates import find_candidates
from nec_extract.pipeline import extract


def _dates(page: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.start) for r in extract(page, "test.txt").reports for d in r.dates]


def _meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    ("heading", "body", "month"),
    [
        ("Executive news – June", "The branch executive met on 9 June 2021 by Zoom.", "2021-06"),  # union branch
        ("UNISON NEC report – June", "This is my report of the NEC held on 14 June 2023.", "2023-06"),  # union NEC
        ("Labour group update – April", "Members met on 3 April 2019 in the town hall.", "2019-04"),  # council
        ("Regional board: May", "The Board met on 12 May 2022 and agreed its budget.", "2022-05"),  # party body
    ],
)
def test_a_month_ending_a_heading_line_is_a_month(heading: str, body: str, month: str) -> None:
    found = _dates(f"{heading}\n\n{body}\n")
    assert found[0] == (heading.split()[-1], month)


@pytest.mark.parametrize(
    "line",
    [
        "Apologies: June Hart, Alan Wood and Sue Bell.",  # minutes
        "The chair welcomed April Jones, the new branch secretary.",  # union branch
        "Thanks to Cllr May Lewis for chairing the group.",  # council
    ],
)
def test_a_first_name_with_its_surname_on_the_line_is_no_month(line: str) -> None:
    found = _dates(f"Branch committee – 14 March 2023\n\n{line}\n")
    assert found == [("14 March 2023", "2023-03-14")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Conference Arrangements Committee Report 2 – Sunday 24 September", ["Sunday 24 September"]),
        ("Bulletin 3 - Tuesday 12 March 2019", ["Tuesday 12 March 2019"]),
        ("Executive circular 14 – Monday 5 June", ["Monday 5 June"]),
        ("NEC away day, Friday 2 – Sunday 4 September 2022", ["Friday 2 – Sunday 4 September 2022"]),  # a run
        ("Conference, 2 – 4 September", ["2 – 4 September"]),  # a run
    ],
)
def test_a_numbered_report_before_its_day_is_no_run_of_days(text: str, expected: list[str]) -> None:
    assert [text[c.start : c.end] for c in find_candidates(text, 0, len(text), [])] == expected


def test_a_numbered_report_is_dated_by_its_own_day() -> None:
    page = (
        "Labour Party Annual Conference 2017\n\n"
        "Conference Arrangements Committee Report 2 – Sunday 24 September\n\n"
        "The committee met on Saturday evening and again this morning. CAC Report 1 was accepted yesterday.\n"
    )
    assert _meeting_dates(page) == ["2017-09-24"]
    assert ("yesterday", "2017-09-23") in _dates(page)


@pytest.mark.parametrize(
    ("page_heading", "meeting_heading", "body", "day"),
    [
        ("WEC reports 2023", "WEC report – 16 September", "The WEC met in Llandudno.", "2023-09-16"),
        ("SEC reports, 2019", "SEC – 9 March", "Richard gave the leader's report.", "2019-03-09"),
        ("Reports from the NCG, 2022", "NCG – 15 May", "We heard the results of the local elections.", "2022-05-15"),
    ],
)
def test_a_meeting_heading_by_acronym_under_a_year_heading_dates_the_meeting(
    page_heading: str, meeting_heading: str, body: str, day: str
) -> None:
    page = f"{page_heading}\n\n{meeting_heading}\n\n{body}\n"
    assert _meeting_dates(page) == [day]


def test_a_dateline_naming_an_acronym_is_still_no_meeting_day() -> None:
    page = (
        "SEC reports, 2019\n\n"
        "Jo Bloggs (SEC member), 14/03/2019\n\n"
        "The SEC met in March. Richard gave the leader's report.\n"
    )
    assert _meeting_dates(page) == ["2019-03"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The AGM agreed to support the May Day march on Monday 1 May.", [("Monday 1 May", "2023-05-01")]),  # union
        ("Councillors will join the May Day rally in the square.", []),  # council
        ("We met in May. Day one of the strike was hard.", [("May", "2023-05")]),  # a month ending its sentence
        ("The ballot closes in May, the day after conference.", [("May", "2023-05")]),
    ],
)
def test_may_day_is_no_month(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(f"Branch AGM – 7 March 2023\n\n{sentence}\n")[1:] == expected
