"""Date mentions: two days joined by a dash are a range only when the year, if any, is written on the last end;
a first end with its year and a last without is a dateline and the next sentence's day ("CARDIFF, 17 December
2010 – The 11 December meeting ...")."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def mentions(page: str) -> list[tuple[str, str | None, str | None]]:
    return [(d.text, d.start, d.end) for r in extract(page, "test.txt").reports for d in r.dates]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        (
            "CARDIFF, 17 December 2010 – The 11 December NEC meeting heard from the regions.",
            [("17 December 2010", "2010-12-17", None), ("11 December", "2010-12-11", None)],
        ),
        (
            "LEEDS, Friday 14 March 2024 – The 12 March executive meeting ran late.",
            [("Friday 14 March 2024", "2024-03-14", None), ("12 March", "2024-03-12", None)],
        ),
    ],
)
def test_a_dateline_then_a_day_is_two_mentions(lede: str, expected: list) -> None:
    page = f"Busy day for the executive\n\n{lede} Several members raised concerns about the review.\n"
    assert mentions(page) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The conference runs from 4 – 9 March 2020.", ("4 – 9 March 2020", "2020-03-04", "2020-03-09")),
        ("The ballot is open 4 March – 9 March 2020.", ("4 March – 9 March 2020", "2020-03-04", "2020-03-09")),
        (
            "The ballot ran 28 December 2019 – 3 January 2020.",
            ("28 December 2019 – 3 January 2020", "2019-12-28", "2020-01-03"),
        ),
    ],
)
def test_a_range_with_its_year_last_or_on_both_ends_stays_one(sentence: str, expected: tuple) -> None:
    page = f"NEC report – 2 March 2020\n\nThe NEC met on 2 March 2020. {sentence}\n"
    assert expected in mentions(page)
