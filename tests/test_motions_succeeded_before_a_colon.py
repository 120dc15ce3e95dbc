"""A result verb with the items it settled told after a colon ("Two amendments succeeded: one on rents, the other on
parking", "The left's slate prevailed: ..."): the colon ends the result as a full stop would. Near misses: "succeeded"
as one person following another, or as a change won with its object. Sentences written for these tests; none is
quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import BRANCH_OPENING, NEC_OPENING, NEWS_OPENING, titled_page_motions


@pytest.mark.parametrize(
    ("page", "count"),
    [
        (NEC_OPENING + "Two amendments from the floor succeeded: one on rents, the other on parking.", 2),
        (BRANCH_OPENING + "The amendment from the youth officer succeeded: the rota now starts in May.", 1),
        (NEWS_OPENING + "Both amendments prevailed: one kept the strike levy, the other raised the hardship grant.", 2),
    ],
)
def test_a_result_verb_before_a_colon_settles_its_items(page: str, count: int) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == ["carried"] * count


@pytest.mark.parametrize(
    "page",
    [
        NEC_OPENING + "Ann Lee succeeded Raj Dev: she takes over the campaign brief.",
        BRANCH_OPENING + "The treasurer succeeded in her aim: the books are balanced.",
    ],
)
def test_succeeding_that_settles_no_item_is_no_result(page: str) -> None:
    assert titled_page_motions(page) == []
