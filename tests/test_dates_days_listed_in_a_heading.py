"""Several days of one month written as one date, in forms earlier rules read as their last day only (SPEC Rulings,
Dates: coordinated or slashed parts that share a month are one mention; a meeting written so has its first day):
a comma or a plus before the last day ("14, 15 March 2021", "Sat 14 + Sun 15 March"), days slashed in a list
("24/25/26 September 2019"), a run of days before a whole day in figures ("14–15.03.2021", "3-4/06/2019")
(language/dates/forms.py, checks.py). Negatives: days of a comma list that are not in a row, numbered items."""

from __future__ import annotations

import pytest

from nec_extract.language.dates import find_candidates
from nec_extract.pipeline import extract

BODY = "The committee met and heard reports from the officers. Members discussed the budget at length."


def meeting_date(heading: str) -> str | None:
    reports = extract(f"{heading}\n\n{BODY}\n", "test.txt").reports
    return reports[0].meeting_date.start if reports and reports[0].meeting_date else None


def ranges(text: str) -> list[str]:
    return [c.text for c in find_candidates(text, 0, len(text), []) if c.kind == "range"]


@pytest.mark.parametrize(
    ("heading", "first"),
    [
        ("NEC report, 14, 15 March 2021", "2021-03-14"),
        ("Regional Board away days – 3rd, 4th June 2019", "2019-06-03"),
        ("Conference NEC meetings 24/25/26 September 2019", "2019-09-24"),
        ("Unite Executive Council – 14 + 15 March 2021", "2021-03-14"),
        ("Scottish Executive: 14–15.03.2021", "2021-03-14"),
        ("Green Party Executive update – 3-4/06/2019", "2019-06-03"),
        ("Group minutes – Sat 14, Sun 15 Mar 2021", "2021-03-14"),
    ],
)
def test_a_heading_listing_days_of_one_month_gives_the_first(heading: str, first: str) -> None:
    assert meeting_date(heading) == first


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The conference runs on 14, 15 March 2021 in Brighton.", ["14, 15 March 2021"]),
        ("We sat on 24/25/26 September 2019.", ["24/25/26 September 2019"]),
        # not days in a row: a list of two times, or an item's number before a day
        ("Branch meetings on 3, 15 March 2021 were both quorate.", []),
        ("Items 4, 9 May 2020 were deferred.", []),
    ],
)
def test_a_list_of_days_is_one_mention_only_when_the_days_run_on(sentence: str, expected: list[str]) -> None:
    assert ranges(sentence) == expected
