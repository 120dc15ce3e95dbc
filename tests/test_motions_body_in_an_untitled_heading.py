"""A report the title finder leaves untitled ("Minutes of NCG", "LGC minutes" over numbered items) still names its
body in its first line: an abbreviation there is the meeting's own body, so "The NCG agreed ..." below it is the
meeting's decision. Another body's abbreviation, another's executive, a plan and a past decision stay no motion.
Sentences written for these tests in several registers (group minutes, union branch minutes, council group minutes,
a CLP's minutes); none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import pipeline_motions


@pytest.mark.parametrize(
    "page",
    [
        "Minutes of NCG\n\nDate: 2 April\n\n4. Elections. The NCG agreed to run the members' council ballot in the "
        "autumn.",
        "NCG Minutes\n\nPresent: eleven members.\n\nThe NCG agreed a new code of conduct for local groups.",
        "Minutes of the BEC\n\nApologies: none.\n\n6. Pay. The BEC voted to recommend acceptance of the offer.",
        "LGC minutes\n\nItem 3 - budget. The LGC agreed to oppose the parking charges.",
        "Minutes of the EMC\n\nThe EMC agreed to send two delegates to the rally.",
    ],
)
def test_the_body_the_first_line_names_decides(page: str) -> None:
    assert [m.outcome for m in pipeline_motions(page)] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    "page",
    [
        "Minutes of the BEC\n\n6. Pay. The NCG voted to recommend acceptance of the offer.",
        "Minutes of NCG\n\nThe PLP voted to back the bill.",
        "Minutes of the BEC\n\nThe GMB's executive has backed the pay offer.",
        "NCG Minutes\n\nThe NCG will decide on the ballot next month.",
        "Minutes of NCG\n\nLast year the NCG agreed to run the ballot in the autumn.",
    ],
)
def test_another_body_a_plan_or_a_past_decision_makes_no_motion(page: str) -> None:
    assert pipeline_motions(page) == []
