"""A body named by what it deals with ("the policy committee", "the national policy forum", "the Disputes Panel") is
another body than the meeting's, unless the report's title names it so (issue 13, round 15, from the fates handoff):
its decisions are no motions of this meeting. The meeting's own body, named plainly or by a generic word ("the
national executive"), still decides. Sentences written for these tests in several styles; none is quoted from a real
page or a probe page.
"""

from __future__ import annotations

import pytest

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
