"""A byline right under a report's heading that dates the write-up to a month and no day ("Report by Mick Doyle,
December 2022") gives the year of a heading's day written without one (round 21, pages written here): the
meeting is the one nearest that month and not after it. Near-misses: a month and year in the body's sentences, a
byline further down, a byline with no month."""

from __future__ import annotations

import pytest

from nec_extract.page.dateline import byline_month
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
        # a byline further down the report, not right under its heading
        "Executive report – 5 December\n\nThe executive met in Leeds.\n\nIt agreed its budget.\n\n"
        "Report by Mick Doyle, December 2022\n",
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
    found = byline_month(text, 0, len(text))
    assert (found.isoformat() if found else None) == expected
