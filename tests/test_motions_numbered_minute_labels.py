"""A decision label after a minute's paragraph number in parts ("2.3 AGREED: that ...", "4.1.2 RESOLVED – That ...")
decides like the label alone, and settles the paper presented in the paragraph before it ("2.1 The organiser presented
the draft plan. / 2.2 AGREED: that the plan be adopted."); a tally after the resolution's semicolon is its own count,
not a second item. Minutes written for these tests (branch, council committee, party committee); none is quoted from a
real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("page", "count"),
    [
        (
            "Branch Executive minutes, 4 March 2025\n\n2. Pay\n2.1 The secretary reported on the offer.\n"
            "2.2 AGREED: that the branch recommends acceptance of the offer.\n",
            1,
        ),
        (
            "Local Government Committee minutes, 9 May 2025\n\n3.1 The organiser presented the draft assessment plan.\n"
            "3.2 AGREED: that the plan be recommended to the executive, with the questions\n"
            "    to be published to applicants.\n",
            1,
        ),
        (
            "Planning Committee minutes, 2 June 2025\n\n4.1.2 RESOLVED – That the application be refused.\n"
            "4.1.3 RESOLVED – That the enforcement notice be served.\n",
            2,
        ),
    ],
)
def test_a_label_after_a_paragraph_number_decides(page: str, count: int) -> None:
    motions = titled_page_motions(page)
    assert len(motions) == count
    assert all(m.outcome is not Outcome.UNKNOWN for m in motions)


def test_the_tally_after_the_semicolon_is_the_resolutions_own() -> None:
    page = (
        "Branch Executive minutes, 4 March 2025\n\n"
        "2.3 AGREED: that the branch recommends members reject the offer; 14 for, 5 against, 2 abstentions.\n"
    )
    motions = titled_page_motions(page)
    assert len(motions) == 1
    assert motions[0].vote is not None
    assert (motions[0].vote.for_, motions[0].vote.against, motions[0].vote.abstentions) == (14, 5, 2)


@pytest.mark.parametrize(
    "page",
    [
        # a number and a heading, no label: nothing decided
        "Branch Executive minutes, 4 March 2025\n\n2.1 The secretary reported on the offer. Noted.\n",
        # a dated reference, not a paragraph number
        "Branch Executive minutes, 4 March 2025\n\n2.1 The minutes of 3.2.2025 were noted.\n",
    ],
)
def test_no_label_no_decision(page: str) -> None:
    assert titled_page_motions(page) == []
