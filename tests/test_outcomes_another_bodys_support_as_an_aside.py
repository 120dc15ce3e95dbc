"""Another body's support set off by commas after the item ("The motion on rents, supported by Unison, was
carried") is an aside: the sentence's own clause goes on after it and tells this meeting's result. Another body's
decision in the sentence's own clause ("The rule change was passed by Conference, and the NEC noted it") is still
background. Sentences written for these tests in the styles of a CLP bulletin, union minutes and an NEC write-up."""

from __future__ import annotations

import pytest

from support import titled_page_motions


def _outcomes(text: str) -> list[str]:
    return [m.outcome.value for m in titled_page_motions("Executive meeting, 3 May 2025\n\n" + text + "\n")]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("The motion on rents, supported by Unison, was carried.", "carried"),  # a CLP bulletin
        ("The amendment on pay, backed by the GMB and Unite, fell.", "defeated"),  # union minutes
        ("The rule change on selections, endorsed by the Women's Conference, was agreed.", "carried"),  # NEC
    ],
)
def test_another_bodys_support_in_an_aside_leaves_the_result_ours(text: str, outcome: str) -> None:
    assert _outcomes(text) == [outcome]


def test_another_bodys_decision_in_the_own_clause_is_background() -> None:
    assert _outcomes("The rule change was passed by Conference, and the NEC noted it.") == []
