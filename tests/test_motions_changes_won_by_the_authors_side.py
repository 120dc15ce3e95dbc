"""A change the author's side won from the meeting, told as the change won rather than as an agreement: "We won an
increase in the number of CLP places", "I secured an extension to the consultation deadline", "we got a cut in the
affiliation fee": carried. Not decisions: a change won by anyone else ("Labour won an increase in its vote share"),
one given by someone ("an increase in funding from the regional office"), one with no content ("We won a review"),
one dated before the meeting ("We won an increase in membership in 2019"). Pages written for these tests; none is
quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import pipeline_motions


@pytest.mark.parametrize(
    ("body", "summary"),
    [
        # an NEC member's blog
        ("We won an increase in the number of CLP places, from 6 to 9.", "increase in the number of CLP places"),
        # union executive minutes, the author's side
        ("After a long debate I secured an extension to the consultation deadline.", "extension to the consultation"),
        # a branch delegate's report
        ("On fees we got a cut in the affiliation fee for small branches.", "cut in the affiliation fee"),
    ],
)
def test_a_change_the_authors_side_won_is_carried(body: str, summary: str) -> None:
    motions = pipeline_motions(f"NEC report, 3 May 2024\n\n{body}\n")
    assert [m.outcome.value for m in motions] == ["carried"]
    assert summary in motions[0].summary


@pytest.mark.parametrize(
    "body",
    [
        "Labour won an increase in its vote share in the by-election.",
        "We secured an increase in funding from the regional office.",
        "We won a review.",
        "We won an increase in membership in 2019.",
    ],
)
def test_a_change_won_elsewhere_or_without_content_is_no_decision(body: str) -> None:
    assert pipeline_motions(f"NEC report, 3 May 2024\n\n{body}\n") == []
