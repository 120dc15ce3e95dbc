"""A decision restated in a quotation is listed once (SPEC: Motions; issue 13, round 9): "As one colleague put it,
'we've got the timetable agreed'", "the chair remarked afterwards, ...", "the leader commented: ...". Sentences written
for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C = Outcome.CARRIED


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nThe selections timetable was agreed with no votes against. I spoke on the freeze dates. As "
        'one union colleague put it on the way out, "we\'ve now got the timetable agreed, so candidates can relax."',
        'Branch report\n\nThe pay motion was carried by 14 votes to 2. As our chair remarked afterwards, "that motion '
        'was passed by the biggest majority in years."',
        'Local news\n\nThe council approved the budget by 30 votes to 20. Afterwards the leader commented: "The budget '
        'was approved, and now the work begins."',
        "CLP report\n\nOur motion on rents was carried. As Jo Hart put it at the end, \"we won the vote, now let's win "
        'the argument."',
    ],
)
def test_a_quoted_restatement_is_listed_once(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [C]


@pytest.mark.parametrize(
    "page",
    [
        # a quotation that alone tells the decision, or a quoted manner after the result: still one motion
        'Branch minutes\n\nThe meeting opened with apologies. The chair remarked: "The motion on the rota has been '
        'carried."',
        "Branch minutes\n\nThe meeting opened with apologies. The motion on the rota was carried, as the chair "
        'remarked, "by a mile."',
    ],
)
def test_a_quote_that_alone_tells_the_decision_stays(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [C]
