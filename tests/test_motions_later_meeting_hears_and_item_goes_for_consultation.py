"""Outcomes told from the far side: a later meeting that will hear the motion ("the March meeting would hear a motion
from Tom Bell on rail fares": deferred), an item that now goes to a committee for consultation or comment ("The draft
code now goes to the rules working group for consultation": remitted). And a pronoun's outcome in the first sentence
under the heading points at no item: the heading puts none ("NEC report, 3 May 2024" / "We liked the idea, but it was
deferred."). Not outcomes: a meeting that will hear from a person, people who go to a group for advice. Pages written
for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import pipeline_motions


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        # an NEC member's blog
        ("The chair said the March meeting would hear a motion from Tom Bell on rail fares.", "deferred"),
        # union executive minutes
        ("The next meeting will debate the amendment on strike pay tabled by the Wales region.", "deferred"),
        # a CLP secretary's report
        ("The proposal now goes to the rules working group for consultation.", "remitted"),
        # a council group's minutes
        ("The group agreed the draft code in principle, but it now goes to the officers for comments.", "remitted"),
    ],
)
def test_a_later_meeting_or_a_committee_consulted_settles_the_item(body: str, outcome: str) -> None:
    assert [m.outcome.value for m in pipeline_motions(f"NEC report, 3 May 2024\n\n{body}\n")] == [outcome]


@pytest.mark.parametrize(
    "body",
    [
        "The next meeting will hear from the general secretary.",
        "Members go to the working group for advice on casework.",
        "We liked the idea, but it was deferred.",
        "We were happy with the draft code in principle, but it now goes to the rules working group for consultation.",
    ],
)
def test_no_item_put_means_no_motion(body: str) -> None:
    assert pipeline_motions(f"NEC report, 3 May 2024\n\n{body}\n") == []
