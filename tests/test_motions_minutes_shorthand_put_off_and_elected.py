"""Minutes' shorthand: a short item put off or sent on, then where or till when ("Decision deferred to the March
meeting", "Decision postponed until quotes are compared", "Matter referred to the executive"), is the item put off;
and an election with its tally in brackets ("P. Grant was elected (4 votes to 1)") is the meeting's election, as
with the tally after a comma. Sentences written for these tests in several styles; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Branch committee minutes\n\nBanner. Decision postponed until quotes are compared.", Outcome.DEFERRED),
        ("Group minutes\n\nParking review. Decision deferred to the March meeting.", Outcome.DEFERRED),
        ("CLP executive minutes\n\nMatter referred to the executive.", Outcome.REMITTED),
        ("Trades council minutes\n\nItem deferred pending legal advice.", Outcome.DEFERRED),
    ],
)
def test_a_short_item_put_off_then_where_or_when(page: str, expected: Outcome) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [expected]


def test_a_person_deferring_is_no_item() -> None:
    assert titled_page_motions("Branch minutes\n\nJo deferred to the chair on the point of order.") == []


@pytest.mark.parametrize(
    ("page", "tally"),
    [
        ("Branch committee minutes\n\nTwo nominations were received. P. Grant was elected (4 votes to 1).", (4, 1)),
        ("GC minutes\n\nSam Ng was elected (by 21 votes to 17).", (21, 17)),
    ],
)
def test_an_election_with_its_tally_in_brackets(page: str, tally: tuple[int, int]) -> None:
    motions = titled_page_motions(page)
    assert [(m.outcome, (m.vote.for_, m.vote.against) if m.vote else None) for m in motions] == [
        (Outcome.CARRIED, tally)
    ]
