"""An item that "got through", "squeaked through by two votes" or "scraped through": a past verb with "through" and no
object of its own is the item passing; "went through the papers", "talked it through" and "the plan fell through"
are not. And a long item before a result that opens with an adverb or auxiliary ("The recommendation of the audit
panel never had the numbers") is found by the parse from the verb after it. Sentences written for these tests in the
styles of an NEC write-up, union executive minutes, a council group report and a news report."""

from __future__ import annotations

import pytest

from support import titled_page_motions


def _outcomes(text: str) -> list[str]:
    return [m.outcome.value for m in titled_page_motions("Executive meeting, 3 May 2025\n\n" + text + "\n")]


@pytest.mark.parametrize(
    "text",
    [
        "The amendment on parking charges got through with a big majority.",  # a council group
        "The rule change on branch quorums squeaked through by two votes.",  # an NEC write-up
        "The proposal to merge the branches scraped through after a long debate.",  # union minutes
        "The union's motion on pay breezed through unanimously.",  # a news report
    ],
)
def test_an_item_that_got_through_is_carried(text: str) -> None:
    assert _outcomes(text) == ["carried"]


@pytest.mark.parametrize(
    "text",
    [
        "The committee ploughed through the motion on parking line by line.",  # "through" with an object
        "The chair talked the amendment on parking through with the mover.",
        "The plan to merge the branches fell through.",  # a fall, not a pass
    ],
)
def test_through_with_an_object_or_after_a_fall_is_no_pass(text: str) -> None:
    assert "carried" not in _outcomes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The recommendation of the audit panel never had the numbers to pass.",
        "The recommendation of the finance sub-committee did not get the two-thirds it needed.",
    ],
)
def test_a_long_item_before_a_result_opening_with_an_adverb_is_found(text: str) -> None:
    assert _outcomes(text) == ["defeated"]
