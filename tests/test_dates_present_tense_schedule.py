"""A day with no year said in the present tense of a schedule ("Conference is on 28 September", "The ballot opens
on 5 September", "The budget meeting takes place on 20 February") lies ahead of the meeting, as "will be on" does;
one said in the past ("was on", "were on", "took place on", "was due to take place in June") lies behind, even
where the day ahead would be nearer the meeting. Pages written for these tests in the styles of an NEC write-up, a
union bulletin and council minutes."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _dates(body: str) -> list[tuple[str, str | None]]:
    page = "NEC meeting, 14 March 2025\n\nThe NEC met. " + body
    return [(m.text, m.start) for r in extract(page, "t.txt").reports for m in r.dates][1:]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Conference is on 28 September.", [("28 September", "2025-09-28")]),  # an NEC write-up
        (
            "The ballot opens on 5 September and closes on 30 September.",
            [("5 September", "2025-09-05"), ("30 September", "2025-09-30")],
        ),  # a union bulletin
        ("The budget meeting takes place on 20 February.", [("20 February", "2026-02-20")]),  # council minutes
        ("Conference runs from 28 September to 1 October.", [("28 September to 1 October", "2025-09-28")]),
    ],
)
def test_a_day_in_the_present_tense_of_a_schedule_lies_ahead(body: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Conference was on 28 September.", [("28 September", "2024-09-28")]),
        ("The branch AGM was on 3 May.", [("3 May", "2024-05-03")]),  # nearer ahead, but said in the past
        ("The hustings were on 2 June.", [("2 June", "2024-06-02")]),
        ("The AGM, which took place on 20 September, elected officers.", [("20 September", "2024-09-20")]),
        ("The rally was due to take place in November but was postponed.", [("November", "2024-11")]),
    ],
)
def test_a_day_said_in_the_past_lies_behind(body: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(body) == expected
