"""A time in the possessive before the body ("Tuesday's NEC", "last night's executive", "yesterday's meeting") is
when it met, not another organisation that owns it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _outcomes(title: str, sentence: str) -> list[str]:
    return [m.outcome.value for m in extract(f"{title}\n\n{sentence}\n").reports[0].motions]


@pytest.mark.parametrize(
    ("title", "sentence", "outcomes"),
    [
        (
            "Branch news, 3 March 2025",
            "Last night's executive agreed to back the strike with a hardship grant.",
            ["carried"],
        ),
        ("NEC report, March 2025", "Tuesday's NEC agreed to open nominations for general secretary.", ["carried"]),
        ("CLP bulletin, 3 March 2025", "Yesterday's meeting voted to affiliate to the campaign.", ["carried"]),
        ("Council news, 3 March 2025", "Monday's full council rejected the motion on parking charges.", ["defeated"]),
        (
            "Union executive report, March 2025",
            "This week's executive threw out the proposal to merge the regions.",
            ["defeated"],
        ),
        # an owner that is an organisation or someone else still names another body
        ("Branch news, 3 March 2025", "Unite's executive agreed to fund the strike.", []),
        ("Branch news, 3 March 2025", "The employer's board agreed to close the depot.", []),
    ],
)
def test_a_time_before_the_body_is_no_owner(title: str, sentence: str, outcomes: list[str]) -> None:
    assert _outcomes(title, sentence) == outcomes
