"""Agreeing to put an item off or send it back, with the item inside the phrasal verb ("agreed to put the item off",
"to hold the motion over", "decided to send the motion back"), defers or remits it, as "agreed to defer it" does;
one phrasal verb for both readers (language/grammar.phrasal_verb_re). Sentences written for these tests in the
styles of union branch minutes, a CLP and a council group."""

from __future__ import annotations

import pytest

from support import titled_page_motions


def _outcomes(text: str) -> list[str]:
    return [m.outcome.value for m in titled_page_motions("Branch minutes, 3 May 2025\n\n" + text + "\n")]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Members agreed to put the item off until the autumn.", "deferred"),  # union branch minutes
        ("The branch agreed to hold the motion over.", "deferred"),
        ("It was agreed to put the item off.", "deferred"),  # a council group
        ("The GC decided to send the motion back to the branch.", "remitted"),  # a CLP
    ],
)
def test_agreeing_to_put_the_item_off_or_send_it_back_defers_or_remits_it(text: str, outcome: str) -> None:
    assert _outcomes(text) == [outcome]


@pytest.mark.parametrize(
    "text",
    [
        "The committee agreed to put the new rules in place.",
        "The NEC agreed to put the code to conference.",
        "The NEC decided to hold the leadership election over the summer.",  # "over" opens a phrase of its own
    ],
)
def test_agreeing_to_put_something_elsewhere_is_a_decision_carried(text: str) -> None:
    assert _outcomes(text) == ["carried"]
