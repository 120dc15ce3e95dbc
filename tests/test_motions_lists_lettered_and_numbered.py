"""Lists of decisions whose markers the list readers missed (round 11): a heading of decisions over items numbered
"1." on lines of their own (the number is split off as a sentence of its own), and a body's colon over items lettered
"(a)", "(b)" that go on with its verbs. Every list is written for these tests, in union, council, branch and NEC
voices, with negatives: a heading of no decision, lettered items that decide nothing.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
COUNCIL = "Minutes of the meeting of Full Council held on 8 July 2024"
BRANCH = "Northside branch meeting, 14 May 2024"
NEC = "NEC report – 12 March 2024"


def outcomes(body: str, title: str) -> list[str]:
    document = extract(f"{title}\n\n{body}\n\nThe meeting closed at 9pm.\n", "page.txt")
    return [m.outcome.value for r in document.reports for m in r.motions]


NUMBERED = [
    ("Decisions\n1. Funding for the pay campaign.\n2. A grant of £2,000 to the food bank.", UNION, ["carried"] * 2),
    ("Agreed actions\n1. The clerk to write to the bus company.\n2. A site visit in May.", COUNCIL, ["carried"] * 2),
    ("Decisions taken\n1. A £50 donation to the strike fund.\n2. A quiz night in June.", BRANCH, ["carried"] * 2),
    ("Reports\n1. The treasurer's report.\n2. The secretary's report.", BRANCH, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), NUMBERED)
def test_numbered_items_under_a_heading_of_decisions(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


LETTERED = [
    (
        "The executive:\n(a) endorsed the pay claim;\n(b) rejected the call for a special conference.",
        UNION,
        ["carried", "defeated"],
    ),
    ("The NEC:\n(a) agreed the timetable;\n(b) approved the new code.", NEC, ["carried", "carried"]),
    ("The branch:\n(a) heard a report from the treasurer;\n(b) thanked the speaker.", BRANCH, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), LETTERED)
def test_lettered_items_going_on_from_the_body(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected
