"""Two months next to each other joined by "and", no year written ("through September and October", "the
payments for April and May"), are one mention spanning both (SPEC ruling: coordinated parts are one mention);
months apart ("in March and September") or offered as alternatives ("a June or July election") stay two."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def mentions(sentence: str) -> list[tuple[str, str | None, str | None]]:
    page = f"Branch meeting – 14 May 2025\n\n{sentence}\n"
    return [(d.text, d.start, d.end) for d in extract(page, "test.txt").reports[0].dates][1:]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The list hustings will run through September and October.", ("September and October", "2025-09", "2025-10")),
        ("The schedule of payments for April and May was approved.", ("April and May", "2025-04", "2025-05")),
        ("Members were consulted over March & April, the NEC heard.", ("March & April", "2025-03", "2025-04")),
        (
            "Canvassing will be stepped up in June and July, the organiser said.",
            ("June and July", "2025-06", "2025-07"),
        ),
    ],
)
def test_two_months_in_a_row_joined_by_and_are_one_mention(sentence: str, expected: tuple[str, str, str]) -> None:
    assert mentions(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ballots will be held in March and September, the council agreed.", ["March", "September"]),
        ("Officers expect a June or July election.", ["June", "July"]),
        ("The group met in January and March to plan the campaign.", ["January", "March"]),
    ],
)
def test_months_apart_or_alternatives_stay_two_mentions(sentence: str, expected: list[str]) -> None:
    assert [text for text, _, _ in mentions(sentence)] == expected
