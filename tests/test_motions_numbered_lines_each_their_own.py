"""Lines that each open with a numbered item and tell its result with a pronoun (round 14): "Motion 1 (...) – we
opposed, but it was carried. / Motion 2 (...) – we supported it; it was lost." The second line names a new number:
it is a motion of its own, not a further result of the first. Every line is written for these tests, in conference,
union and party voices, with negatives: the same number named again is the same motion."""

from __future__ import annotations

import pytest

from nec_extract.extractors.motions.walk.linking import opened_by_another_number
from nec_extract.pipeline import extract

CONFERENCE = "Union Conference report – 3 May 2024"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
PARTY = "Regional Conference report – 9 March 2024"


def outcomes(body: str, title: str) -> list[str]:
    document = extract(f"{title}\n\nThe chair opened the meeting.\n\n{body}\n\nThe meeting closed.\n", "p.txt")
    return [m.outcome.value for r in document.reports for m in r.motions]


LINES = [
    (
        "Motion 1 (confidence in the officers) – our mandate was to oppose and we did, but it was carried.\n"
        "Motion 2 (censure of the officers) – we supported it; it was lost.",
        CONFERENCE,
        ["carried", "defeated"],
    ),
    (
        "Amendment 3 (branch funding) – we spoke against it and it fell.\n"
        "Amendment 4 (regional offices) – the platform accepted it and it was carried.",
        UNION,
        ["defeated", "carried"],
    ),
    (
        "Motion C12, on the climate emergency, was moved by the Young Greens and it was carried.\n"
        "Motion C13 – we abstained, and it was lost narrowly.",
        PARTY,
        ["carried", "defeated"],
    ),
]


@pytest.mark.parametrize(("body", "title", "expected"), LINES)
def test_a_line_naming_a_new_number_is_a_motion_of_its_own(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


def test_the_same_number_named_again_is_no_new_item() -> None:
    told = "Motion 5 (pay) – we moved it; it was carried."
    assert not opened_by_another_number(told, "Motion 5 – the result was confirmed on a recount.")
    assert not opened_by_another_number(told, "It was declared carried.")  # no number: read as before
    assert opened_by_another_number(told, "Motion 6 (fees) – it fell.")
    assert opened_by_another_number("Motion 1 (pay) – carried.", "Motion 12 – it fell.")  # not a prefix of it
