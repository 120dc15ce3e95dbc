"""A byline right under a report's heading that dates the write-up to a month and no day ("Report by Mick Doyle,
December 2022") gives the year of a heading's day written without one (round 21, pages written here): the
meeting is the one nearest that month and not after it. Near-misses: a month and year in the body's sentences, a
byline further down, a byline with no month."""

from __future__ import annotations

import pytest

from nec_extract.page.dateline import byline_period
from nec_extract.pipeline import extract


def _meeting_date(page: str) -> str | None:
    found = extract(page, "test.txt").reports[0].meeting_date
    return found.start if found else None


@pytest.mark.parametrize(
    ("heading", "byline", "day"),
    [
        ("Unite Executive Council, w/c 5 December", "Report by Mick Doyle, December 2022", "2022-12-05"),  # union
        ("Branch executive – 12 December", "Notes by Sam Fox, January 2023", "2022-12-12"),  # branch, written after
        ("SEC report – 9 March", "by Jo Bloggs (CLP rep) – March 2019", "2019-03-09"),  # party executive
        ("Labour group update – 14 June", "Posted by Cllr Ann Lee, June 2021", "2021-06-14"),  # council group
    ],
)
def test_a_bylines_month_dates_the_headings_day(heading: str, byline: str, day: str) -> None:
    page = f"{heading}\n\n{byline}\n\nThe meeting was well attended and agreed its budget.\n"
    assert _meeting_date(page) == day


@pytest.mark.parametrize(
    "page",
    [
        # a month and year in a sentence of the body, not a byline
        "Executive report – 5 December\n\nThe budget was agreed. Membership had grown to 900 by December 2022.\n",
        # a byline in the middle of the report, neither under its heading nor signing it off
        "Executive report – 5 December\n\nThe executive met in Leeds.\n\nReport by Mick Doyle, December 2022\n\n"
        "It agreed its budget.\n",
        # a byline with no month
        "Executive report – 5 December\n\nReport by Mick Doyle\n\nThe executive met in Leeds.\n",
    ],
)
def test_no_byline_month_leaves_the_year_unknown(page: str) -> None:
    assert _meeting_date(page) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Report by Mick Doyle, December 2022", "2022-12-01"),
        ("written by Ann Lee | Sept 2021", "2021-09-01"),
        ("Written by Sue Hall, 14 March 2019", None),  # a day: a dateline, read as the publication day elsewhere
        ("by the end of May 2020 we will have met", None),
    ],
)
def test_byline_month(text: str, expected: str | None) -> None:
    found = byline_period(text, 0, len(text))
    assert (found[0].isoformat() if found else None) == expected


@pytest.mark.parametrize(
    ("page", "day"),
    [
        # a year alone, after the author's role (party executive)
        (
            "Report back from Welsh Executive Committee 16th September\n\n"
            "By Gareth Lewis, constituency rep for North Wales, 2017\n\nThe WEC met in Cardiff.\n",
            "2017-09-16",
        ),
        # a signature on the last line (union executive)
        (
            "UCU NEC – 25/26 January\n\nThe NEC met over two days in London and agreed to announce strike action.\n\n"
            "Report by Kay Hill, NEC member, January 2023\n",
            "2023-01-25",
        ),
        # a year alone, a council group's update
        (
            "Labour group – 3 July\n\nWritten by Cllr Ann Lee – 2019\n\nThe group met and agreed its budget.\n",
            "2019-07-03",
        ),
    ],
)
def test_a_bylines_year_or_signature_dates_the_headings_day(page: str, day: str) -> None:
    assert _meeting_date(page) == day


def test_a_signature_naming_the_body_is_no_meeting_month() -> None:
    page = (
        "Executive report\n\nThe executive discussed the pay offer and agreed to consult members.\n\n"
        "Report by Kay Hill, NEC member, January 2023\n"
    )
    assert _meeting_date(page) is None


@pytest.mark.parametrize(
    "byline",
    [
        "— Jo Bloggs, branch secretary, December 2022",  # a dashed sign-off (union branch)
        "Jo Bloggs | December 2022",  # a blog's byline with a bar
        "Words: Jo Bloggs, December 2022",  # a newsletter's credit
    ],
)
def test_other_bylines_of_a_month(byline: str) -> None:
    page = f"Executive report – 5 December\n\n{byline}\n\nThe executive met in Leeds and agreed its budget.\n"
    assert _meeting_date(page) == "2022-12-05"


@pytest.mark.parametrize("line", ["Executive Committee | May 2022", "– NEC | May 2022", "The NEC met in May 2022"])
def test_a_body_and_its_month_is_no_byline(line: str) -> None:
    assert byline_period(line, 0, len(line)) is None


_LONG_BODY = (
    "The meeting agreed its budget for the year, with money for training stewards and for the pay campaign, after a "
    "long debate in which members from every region raised the cost of the new scheme."
)


@pytest.mark.parametrize(
    ("top", "day"),
    [
        # a category stamp with its month right under the heading: the post's, no footer ending it
        ("WEC report – 16 September\n\nPosted in WEC reports, September 2023", "2023-09-16"),
        # a name, a role, a bar and the month
        ("Young Labour NC – 3 February\n\nHannah Lee, youth rep | February 2024", "2024-02-03"),
        # an issue's line with its season and year between the heading and the prose
        ("Executive news – March\n\nSpring 2022 newsletter\n\nThe executive met on 8 March.", "2022-03-08"),
        ("Branch committee – 12 October\n\nIssue 14, autumn 2020", "2020-10-12"),
    ],
)
def test_a_stamp_or_issue_line_under_the_heading_gives_its_year(top: str, day: str) -> None:
    page = f"{top}\n\n{_LONG_BODY}\n"
    assert _meeting_date(page) == day


def test_two_years_above_the_prose_give_none() -> None:
    page = f"Branch committee – 12 October\n\nIssue 14, 2020–2021 season\n\n{_LONG_BODY}\n"
    assert _meeting_date(page) is None


# round 25: an affiliation that closes with a bracket before the month ("..., UCU NEC (Midlands), March 2023")
@pytest.mark.parametrize(
    ("heading", "byline", "day"),
    [
        ("NEC report – 17 May", "Report by Sam Fell, NEC member (CLP section), May 2022", "2022-05-17"),
        ("Executive Council – 6 June", "Written by Ana Ruiz, Executive Council (Region 4), June 2023", "2023-06-06"),
        ("Labour group – 11 October", "by Cllr Tom Reeve, group whip (Whitfield ward), October 2021", "2021-10-11"),
    ],
)
def test_a_bracketed_affiliation_before_the_bylines_month(heading: str, byline: str, day: str) -> None:
    signed_off = f"{heading}\n\nThe meeting was well attended and agreed its budget.\n\n{byline}\n"
    under_the_heading = f"{heading}\n\n{byline}\n\nThe meeting was well attended and agreed its budget.\n"
    assert _meeting_date(signed_off) == day
    assert _meeting_date(under_the_heading) == day


def test_a_meetings_name_with_a_bracket_is_no_byline() -> None:
    page = (
        "Report – 17 May\n\nExecutive Committee, Wales (special session), May 2022\n\nThe meeting agreed its budget.\n"
    )
    assert byline_period(page, page.index("Executive"), len(page)) is None
