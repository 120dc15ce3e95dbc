"""A sentence opened by a short lead-in naming an earlier meeting, then a colon (issue 13, round 12): the result after
the colon is that meeting's, not this one's ("Looking back at February's full council: the motion on buses was lost").
The meeting's own date in such a lead-in changes nothing. Sentences written for these tests in several styles; none is
quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import pipeline_motions


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        (
            "Council group notes, 3 March 2025",
            "Looking back at February's full council: the Tory motion on the Local Plan was lost 24–31.",
        ),
        (
            "Council group notes, 3 March 2025",
            "A reminder of last month's full council: our motion on buses was carried 30-12.",
        ),
        ("Branch minutes, 3 June 2024", "From the regional council in May: the motion on pensions was defeated."),
        ("Union executive news, 8 Feb 2025", "News from conference in 2024: the rule change on branches was passed."),
    ],
)
def test_a_result_after_a_lead_in_naming_an_earlier_meeting_is_not_this_ones(title: str, sentence: str) -> None:
    assert pipeline_motions(f"{title}\n\nThe meeting opened at seven. {sentence}\n") == []


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Branch minutes, 3 June 2024", "At the June meeting: the motion on pensions was carried."),
        ("Council group notes, 3 March 2025", "Budget: the group agreed the amendment on parking."),
    ],
)
def test_a_lead_in_without_an_earlier_date_leaves_the_result_ours(title: str, sentence: str) -> None:
    assert [m.outcome for m in pipeline_motions(f"{title}\n\n{sentence}\n")] == [Outcome.CARRIED]
