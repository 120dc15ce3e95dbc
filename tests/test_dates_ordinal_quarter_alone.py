"""A quarter written as an ordinal with no year ("in the first quarter", "by the end of the third quarter", "the
fourth quarter of the year") is a quarter of the year the report's hints give (round-22 pages bank, written here:
an NEC write-up, a union NEC report). Not a count of quarters ("the first quarter since 2008", "the second quarter
in a row"), a quarter of something else ("the first quarter of the match"), nor "the last quarter" (the latest)."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def mentions(sentence: str, heading: str = "NEC report – 20 June 2023") -> list[tuple[str, str | None]]:
    report = extract(f"{heading}\n\n{sentence}\n", "test.txt").reports[0]
    return [(d.text, d.start) for d in report.dates][1:]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Recruitment in the first quarter was the best since 2019.",
            [("the first quarter", "2023-Q1"), ("2019", "2019")],
        ),
        (  # NEC write-up
            "The treasurer said the budget would balance by the end of the third quarter.",
            [("the third quarter", "2023-Q3")],
        ),
        ("Branch income in the second quarter of the year was up.", [("the second quarter of the year", "2023-Q2")]),
        ("Council tax receipts fell in the 2nd quarter, officers reported.", [("the 2nd quarter", "2023-Q2")]),
    ],
)
def test_an_ordinal_quarter_without_a_year_is_a_quarter_of_the_reports_year(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert mentions(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the first quarter since 2008 in which Labour out-raised the Tories.",
        "Membership fell for the second quarter in a row.",
        "The councillor's son scored in the first quarter of the match.",
        "Figures for the last quarter were poor, the treasurer said.",
        "Only a quarter of branches replied to the survey.",
    ],
)
def test_a_count_of_quarters_or_another_things_quarter_is_no_date(sentence: str) -> None:
    assert [text for text, _ in mentions(sentence) if "quarter" in text] == []
