"""A day in figures written month first, as American pages write it, where the second number cannot be a month
("Date: 02/25/2024" in a US Green Party committee's minutes, "on 9/13/2023" in a US union local's report): that
day; a day in figures that could be either way stays day first ("03/04/2024" is 3 April)."""

from __future__ import annotations

import pytest

from nec_extract.language.dates import find_candidates, normalise
from nec_extract.pipeline import extract


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Date: 02/25/2024", "2024-02-25"),
        ("The local's board met on 9/13/2023 in the union hall.", "2023-09-13"),
        ("Minutes approved 12/31/2022.", "2022-12-31"),
        ("The branch met on 03/04/2024 in the hall.", "2024-04-03"),
        ("The branch met on 25/02/2024 in the hall.", "2024-02-25"),
    ],
)
def test_a_day_in_figures(sentence: str, expected: str) -> None:
    found = [normalise(c.match.group()).start for c in find_candidates(sentence, 0, len(sentence), [])]
    assert found == [expected]


def test_month_first_minutes_are_dated_by_their_label() -> None:
    page = (
        "Steering Committee Meeting\nDate: 02/25/2024\nTime: 8:00 pm ET\nPresent: seven members and four"
        " observers.\nThe committee agreed the budget and the timetable for the national convention.\n"
    )
    assert [r.meeting_date.start for r in extract(page, "t.txt").reports if r.meeting_date] == ["2024-02-25"]


@pytest.mark.parametrize("sentence", ["The vote was 10/13/20 against.", "Ballots 4/15/23 returned."])
def test_no_month_first_day_without_a_full_year(sentence: str) -> None:
    assert find_candidates(sentence, 0, len(sentence), []) == []
