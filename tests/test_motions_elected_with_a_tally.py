"""An election told with its tally after a comma (issue 13, round 9): "After a secret ballot, Priti was elected,
10 votes to 8". Sentences written for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C = Outcome.CARRIED


@pytest.mark.parametrize(
    "page",
    [
        "Branch newsletter\n\nTwo people stood for welfare officer. After a secret ballot, Nadia Rahman was elected, "
        "11 votes to 7.",
        "CLP minutes\n\nJo Hart was elected, by 22 votes to 19, over Sam Lee.",
        "Union executive report\n\nOn a show of hands Kwame Osei was elected, 14-9, and takes up the post in June.",
        "Council group minutes\n\nCllr Ruth Dale was elected, 12 to 10, after a second round.",
    ],
)
def test_an_election_with_its_tally_after_a_comma(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [C]


@pytest.mark.parametrize(
    "page",
    [
        # a person described as elected elsewhere or long ago, with a number after the comma that is no tally
        "NEC report\n\nSara Quinn was elected, 2019 being her first year, to the council long before this meeting.",
        "Local news\n\nThe ward's councillor, who was elected in 2022, spoke against the plan.",
    ],
)
def test_no_election_of_the_meeting(page: str) -> None:
    assert titled_page_motions(page) == []
