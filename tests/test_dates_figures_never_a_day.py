"""Figures that read as a day and month but are an idiom are no date ("The helpline will run 24/7 during the
ballot", "the office is open 24/7 from Monday", "staff on call 24/7"); a day in figures after the same words still
is one ("The consultation runs 24/3 to 7/4", "The hustings is on 24/6")."""

from __future__ import annotations

import pytest

from nec_extract.language.dates import find_candidates


def found(sentence: str) -> list[str]:
    return [sentence[c.start : c.end] for c in find_candidates(sentence, 0, len(sentence), [])]


@pytest.mark.parametrize(
    "sentence",
    [
        "The helpline will run 24/7 during the ballot.",
        "The office is open on 24/7 call from Monday.",
        "Our organisers are on call 24/7 until the strike ends.",
    ],
)
def test_round_the_clock_is_no_date(sentence: str) -> None:
    assert "24/7" not in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The consultation runs 24/3 to 7/4.", ["24/3 to 7/4"]),
        ("The hustings is on 24/6 at the town hall.", ["24/6"]),
    ],
)
def test_a_day_in_figures_after_the_same_words_stays(sentence: str, expected: list[str]) -> None:
    assert found(sentence) == expected
