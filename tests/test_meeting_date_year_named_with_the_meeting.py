"""The year a sentence gives its meeting, for the day it writes without one, on a page with no publication day
("The first NEC of 2024 took place on 23 January", "2023's final meeting of the executive was held on 12
December"; pages written here as an NEC write-up, a union executive's news and a CLP's report). A year of
something else in the sentence gives none."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def meeting_dates(page: str) -> list[str | None]:
    return [r.meeting_date.start if r.meeting_date else None for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    ("heading", "sentence", "expected"),
    [
        ("NEC report", "The first NEC of 2024 took place on 23 January at Southside.", "2024-01-23"),
        ("Executive news", "2023's final meeting of the executive was held on 12 December.", "2023-12-12"),
        ("GC report", "The final GC meeting of 2022 met on the evening of 14 December in the club.", "2022-12-14"),
        ("Executive news", "The last executive of 2021 met in November to agree the budget.", "2021-11"),
    ],
)
def test_the_year_named_with_the_meeting(heading: str, sentence: str, expected: str) -> None:
    assert meeting_dates(f"{heading}\n\n{sentence} Members heard from the secretary.\n") == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The NEC met on 23 January to plan for the elections of 2024.",
        "After the 2019 election the NEC met on 23 January.",
    ],
)
def test_a_year_of_something_else_gives_none(sentence: str) -> None:
    assert meeting_dates(f"NEC report\n\n{sentence} Members heard from the secretary.\n") == [None]
