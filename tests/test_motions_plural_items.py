"""Items named in the plural (issue 13, round 12): "The selection timetables went through", "The venues were agreed" are
decided as "The timetable went through" is; the vocabulary names the plural of each item noun it names. Sentences
written for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "sentence", "outcome"),
    [
        (
            "NEC report, 28 January 2025",
            "The selection timetables for the new mayoralties went through.",
            Outcome.CARRIED,
        ),
        ("Branch minutes, 3 June 2024", "The venues for the autumn schools were agreed.", Outcome.CARRIED),
        ("Council group notes, 3 March 2025", "The ward action plans were adopted without debate.", Outcome.CARRIED),
        ("Union executive news, 8 Feb 2025", "The two organising strategies were endorsed.", Outcome.CARRIED),
        ("CLP GC report, 12 Jan 2024", "The slates for the policy forum were rejected.", Outcome.DEFEATED),
    ],
)
def test_an_item_named_in_the_plural_is_decided(title: str, sentence: str, outcome: Outcome) -> None:
    assert {m.outcome for m in titled_page_motions(f"{title}\n\n{sentence}\n")} == {outcome}
