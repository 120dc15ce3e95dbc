"""An item told in the passive with a verb of discussing first and the decision verb second ("The new code was
discussed and then adopted", "A support board was debated and then approved", "The budget was considered and finally
rejected"): the decision verb shares the first participle's subject and "was", so the item was decided. Not
decisions: discussion alone ("was discussed and noted"), two decision verbs (one decision, read by the phrase
rules), a modal ("would be discussed and then adopted"). Pages written for these tests; none is quoted from a real
page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        ("NEC report\n\nThe new code was discussed and then adopted.", Outcome.CARRIED),
        ("Green Party executive report\n\nA Regional Support Board was debated and approved.", Outcome.CARRIED),
        ("Branch minutes\n\nThe proposed budget was considered and finally rejected.", Outcome.DEFEATED),
        ("Union executive minutes\n\nThe new policy was talked through and then agreed.", Outcome.CARRIED),
        # an adverb between "and" and the decision verb, on a thing named by the phrase rules
        ("Green Party executive report\n\nA Regional Support Board was debated and then approved.", Outcome.CARRIED),
        ("CLP bulletin\n\nThe emergency motion was debated and then narrowly defeated.", Outcome.DEFEATED),
    ],
)
def test_a_decision_verb_after_a_discussion_verb_in_the_passive(page: str, outcome: Outcome) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [outcome]


def test_the_active_voice_is_read_as_before() -> None:
    motions = titled_page_motions("CLP bulletin\n\nThe GC discussed the new policy and then adopted it.")
    assert [m.outcome for m in motions] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nThe new code would be discussed and then adopted at the next meeting.",
        "Branch minutes\n\nThe weather was discussed and then forgotten.",
    ],
)
def test_no_decision_told_in_the_passive_is_none(page: str) -> None:
    assert [m for m in titled_page_motions(page) if m.outcome is not Outcome.UNKNOWN] == []
