"""A decision told as its permission given or granted, the thing permitted between the noun and the verb ("The
go-ahead for the new office was given", "Consent for the sale was given", "Permission for a second organiser was
granted", "A dispensation was granted to the CLP"): carried, as "Approval for the plan was given" is. Not decisions
of the meeting: another body's, one refused, one given to the author. Pages written for these tests; none is quoted
from a real page.
"""

from __future__ import annotations

import pytest

from support import pipeline_motions


@pytest.mark.parametrize(
    "page",
    [
        # an NEC member's blog
        "NEC report, 3 May 2024\n\nThe go-ahead for the new regional office was given after a short debate.\n",
        # union executive minutes
        "Executive minutes, 3 May 2024\n\nConsent for the sale of the Bristol building was given.\n",
        # council group minutes
        "Labour group minutes, 3 May 2024\n\nPermission for the group to hire a second researcher was granted.\n",
        # a CLP secretary's report
        "CLP executive report, 3 May 2024\n\nA dispensation was granted to Northtown branch to hold its AGM late.\n",
        # a news report of a union conference
        "Union conference, 3 May 2024\n\nThe green light for a new strike fund was given by the conference.\n",
    ],
)
def test_a_permission_given_or_granted_is_carried(page: str) -> None:
    assert [m.outcome.value for m in pipeline_motions(page)] == ["carried"]


@pytest.mark.parametrize(
    "body",
    [
        "Planning permission for the new office was granted by the city council last year.",
        "Permission was not granted for the rally.",
        "The council granted permission for the new office.",
        "We were given permission to use the hall.",
    ],
)
def test_another_bodys_a_refused_or_the_authors_permission_is_no_decision(body: str) -> None:
    assert pipeline_motions(f"Branch meeting, 3 May 2024\n\n{body}\n") == []
