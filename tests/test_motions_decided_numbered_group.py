"""A decision verb whose object is a numbered group (round 16): "The NEC approved motions 3 and 7", "We adopted rule
changes 4b and 6", "The Council rejected amendments 12, 14 and 15": one motion per number (SPEC Rulings), each with
the decision's outcome; the passive ("Motions 2 and 5 were remitted") was read before. Not a year after a plural
("the accounts for 2023"). Pages written for these tests in the voices of an NEC write-up, union minutes and a CLP
bulletin; none is quoted from a real page."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


def _motions(title: str, sentence: str) -> list[tuple[Outcome, str]]:
    page = f"{title}\n\nThe meeting opened with apologies from two members.\n\n{sentence}\n"
    return [(m.outcome, m.summary) for m in titled_page_motions(page)]


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        ("NEC report – 3 May 2024", "The NEC approved motions 3 and 7.", [(C, "motion 3"), (C, "motion 7")]),
        (
            "Executive Council minutes – 12 March 2024",
            "The Council rejected amendments 12, 14 and 15.",
            [(D, "amendment 12"), (D, "amendment 14"), (D, "amendment 15")],
        ),
        (
            "Riverside CLP – General Committee, 9 July 2024",
            "We then adopted rule changes 4b and 6.",
            [(C, "rule change 4b"), (C, "rule change 6")],
        ),
    ],
)
def test_a_decision_on_a_numbered_group_is_one_per_number(
    title: str, sentence: str, expected: list[tuple[Outcome, str]]
) -> None:
    assert _motions(title, sentence) == expected


def test_a_year_after_a_plural_is_no_numbered_group() -> None:
    assert len(_motions("Executive report – 3 May 2024", "The NEC approved the accounts for 2023 and 2024.")) == 1
