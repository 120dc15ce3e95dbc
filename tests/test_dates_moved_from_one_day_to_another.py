"""A thing moved from one day to another names two dates, not a range ("The conference was moved from 5 June to
12 June", "The NEC was postponed from Tuesday 14 March to Tuesday 21 March 2023", "the strike was put back from
March to April"); a span of days stays one range ("The ballot runs from 5 June to 12 June"), and so do a move's
own ranges written with a slash ("moved from 20/21 July to 27/28 July")."""

from __future__ import annotations

import pytest

from nec_extract.language.dates import find_candidates


def mentions(sentence: str) -> list[tuple[str, str]]:
    return [(c.kind, sentence[c.start : c.end]) for c in find_candidates(sentence, 0, len(sentence), [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The conference was moved from 5 June to 12 June.", [("day", "5 June"), ("day", "12 June")]),
        (
            "The NEC was postponed from Tuesday 14 March to Tuesday 21 March 2023.",
            [("day", "Tuesday 14 March"), ("day", "Tuesday 21 March 2023")],
        ),
        (
            "Our AGM has been put back from March 2024 to April 2024.",
            [("month", "March 2024"), ("month", "April 2024")],
        ),
        ("The council rescheduled it from 3 May until 10 May.", [("day", "3 May"), ("day", "10 May")]),
    ],
)
def test_a_move_from_one_day_to_another_names_two_dates(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ballot runs from 5 June to 12 June.", [("range", "5 June to 12 June")]),
        ("Branches are open from 3 May until 10 May.", [("range", "3 May until 10 May")]),
        ("The NEC was moved from 20/21 July to 27/28 July.", [("range", "20/21 July"), ("range", "27/28 July")]),
    ],
)
def test_a_span_of_days_stays_a_range(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(sentence) == expected
