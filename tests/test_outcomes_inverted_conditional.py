"""A result only supposed, with the auxiliary before the item ("Had the amendment been carried, ...", "Should the
motion fall, ...", "Were the amendment to pass, ..."), is no result, as "If the amendment had been carried" is
none; a verb after its subject's aside ("Two motions, on A and on B, were both carried") is still one. Sentences
written for these tests in the styles of an NEC write-up, union minutes and a council report."""

from __future__ import annotations

import pytest

from support import titled_page_motions


def _motions(text: str) -> list[str]:
    return [m.outcome.value for m in titled_page_motions("NEC meeting, 3 May 2025\n\n" + text + "\n")]


@pytest.mark.parametrize(
    "text",
    [
        "Had the amendment been carried, the rules would have changed.",  # an NEC write-up
        "Should the motion fall, the branch will campaign anyway.",  # union branch minutes
        "Were the amendment to pass, the council tax would rise by 5%.",  # a council report
    ],
)
def test_a_result_supposed_by_an_inverted_conditional_is_none(text: str) -> None:
    assert _motions(text) == []


@pytest.mark.parametrize(
    ("text", "outcomes"),
    [
        ("Two motions, on rents and on transport, were both carried unanimously.", ["carried", "carried"]),
        ("The amendment fell; the motion was then carried.", ["defeated", "carried"]),
    ],
)
def test_a_result_after_a_subjects_aside_or_a_semicolon_is_still_one(text: str, outcomes: list[str]) -> None:
    assert _motions(text) == outcomes
