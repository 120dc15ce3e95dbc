"""A month or day without a year after a present-tense verb of a schedule ("The consultation closes in January",
"Nominations open in May", "The executive meets again on 5 May") lies ahead of the meeting, as "closes on" does;
the same verbs in the past, or after "due to", keep their own tense. Pages in the voices of an NEC write-up, a
union bulletin and a CLP newsletter."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _dates(heading: str, body: str) -> list[tuple[str, str | None]]:
    page = f"{heading}\n\nThe committee met in the hall. {body}\n"
    return [(m.text, m.start) for r in extract(page, "t.txt").reports for m in r.dates][1:]


@pytest.mark.parametrize(
    ("heading", "body", "expected"),
    [
        ("NEC report – 14 March 2022", "The consultation closes in January.", [("January", "2023-01")]),
        (
            "Executive news – 9 November 2021",
            "Nominations for the executive open in February.",
            [("February", "2022-02")],
        ),
        ("GC report – 12 October 2020", "The winter programme of talks starts in January.", [("January", "2021-01")]),
        ("NEC report – 14 March 2022", "The executive meets again on 5 February.", [("5 February", "2023-02-05")]),
        ("Branch news – 10 December 2019", "The rota ends in November.", [("November", "2020-11")]),
    ],
)
def test_a_present_tense_schedule_puts_the_date_ahead(
    heading: str, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _dates(heading, body) == expected


@pytest.mark.parametrize(
    ("heading", "body", "expected"),
    [
        ("NEC report – 14 March 2022", "The consultation closed in January.", [("January", "2022-01")]),
        # a plan that did not happen: its month lies behind
        (
            "Executive news – 9 December 2021",
            "The talks were due to take place in November.",
            [("November", "2021-11")],
        ),
        ("GC report – 12 October 2020", "Ballots opened in September.", [("September", "2020-09")]),
    ],
)
def test_the_past_or_a_plan_that_was_due_keeps_the_date_behind(
    heading: str, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _dates(heading, body) == expected
