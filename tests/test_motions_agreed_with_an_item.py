"""Agreeing with an item (issue 13, round 10): "The NEC agreed with the recommendation" takes the recommendation, as
"agreed the recommendation" does; agreeing with a person, a view or an analysis is still no decision, and nor is the
author's own view. Sentences written for these tests in several styles; none is quoted from a real page or a probe
page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "sentence", "outcome"),
    [
        ("NEC meeting, 3 May 2025", "The NEC agreed with the recommendation.", Outcome.CARRIED),
        (
            "Executive Committee minutes – 4 March 2025",
            "The committee agreed with the officers' proposals on the rent review.",
            Outcome.CARRIED,
        ),
        (
            "Minutes of the meeting of Full Council, 12 March 2025",
            "Councillors agreed with the recommendation of the scrutiny panel.",
            Outcome.CARRIED,
        ),
        ("Branch meeting, 14 May 2025", "The branch did not agree with the proposal to merge.", Outcome.DEFEATED),
    ],
)
def test_agreeing_with_an_item_decides_it(title: str, sentence: str, outcome: Outcome) -> None:
    motions = titled_page_motions(f"{title}\n\n{sentence}\n")
    assert [m.outcome for m in motions] == [outcome]


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("NEC meeting, 3 May 2025", "The NEC agreed with the General Secretary that the election had gone well."),
        ("Branch meeting, 14 May 2025", "Members agreed with the speaker."),
        ("NEC meeting, 3 May 2025", "We agreed with the report's analysis of the result."),
        ("NEC meeting, 3 May 2025", "I agreed with the recommendation."),
    ],
)
def test_agreeing_with_a_person_or_a_view_is_no_decision(title: str, sentence: str) -> None:
    assert titled_page_motions(f"{title}\n\n{sentence}\n") == []
