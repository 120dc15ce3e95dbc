"""A day, a month written in full and two digits of year ending a heading, a line or a sentence ("Executive
minutes 12 March 24", "agreed on 3 February 21; the rest followed", "GC – 9 October 23") is that day of that
year, as with an abbreviated month; two digits that go on into the sentence ("On 12 March 24 members voted") are no
year."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _meeting(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "t.txt").reports]


def _dates(body: str) -> list[tuple[str, str | None]]:
    page = f"Branch committee – 14 March 2024\n\nThe committee met in the hall. {body}\n"
    return [(m.text, m.start) for r in extract(page, "t.txt").reports for m in r.dates][1:]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Executive minutes 12 March 24", "2024-03-12"),  # a union branch's minutes
        ("GC – 9 October 23", "2023-10-09"),  # a CLP's
        ("Council meeting, 21 November 22", "2022-11-21"),  # a parish council's
    ],
)
def test_a_heading_ending_in_a_two_digit_year(heading: str, expected: str) -> None:
    page = f"{heading}\n\nPresent: nine members. The meeting agreed to affiliate to the campaign.\n"
    assert _meeting(page) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The rule was agreed on 3 February 21; the rest followed.", [("3 February 21", "2021-02-03")]),
        ("On 12 March 24 members voted.", [("12 March", "2024-03-12")]),
        ("By 2 June 40 branches had replied.", [("2 June", "2024-06-02")]),
    ],
)
def test_a_sentences_two_digit_year_after_a_full_month(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(body) == expected
