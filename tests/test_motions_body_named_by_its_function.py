"""A body named by what it deals with ("the policy committee", "the national policy forum", "the Disputes Panel") is
another body than the meeting's, unless the report's title names it so (issue 13, round 15, from the fates handoff):
its decisions are no motions of this meeting. The meeting's own body, named plainly or by a generic word ("the
national executive"), still decides. Sentences written for these tests in several styles; none is quoted from a real
page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.motions.this_meeting.bodies import title_words
from support import titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        "NEC report – May\n\nThe national policy forum agreed a similar motion on pensions at its last gathering.",
        "NEC report – May\n\nThe policy committee agreed a motion on buses at its own meeting.",
        "Union executive report\n\nThe finance committee approved the new expenses scheme.",
        "Branch minutes\n\nThe selection panel endorsed the shortlist drawn up by the region.",
    ],
)
def test_a_body_named_by_its_function_is_another(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    "page",
    [
        "NEC report – May\n\nThe national executive agreed a motion on bus services.",
        "Policy Committee minutes – May\n\nThe policy committee agreed a motion on bus services.",
        "Finance committee report\n\nThe committee approved the new expenses scheme.",
    ],
)
def test_the_meetings_own_body_still_decides(page: str) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == ["carried"]


def test_the_titles_words_are_read_whole_and_between_apostrophes() -> None:
    """One reading of a title's words for the text rules and the parse's tokens: a word with an apostrophe is kept
    whole (a token "O'Neill") and in its parts (the "women" of "Women's Forum", the parse's "women" + "'s")."""
    words = title_words("Scotland's Women’s Forum: O'Neill's report")
    assert {"scotland's", "scotland", "women’s", "women", "forum", "o'neill's", "o", "neill", "report"} <= words
    assert "s" in words and "'s" not in words
