"""Write-ups of union and party executives (round 21, decide21): a suggestion or motion asking for a members' ballot
is an item of the meeting, not a ballot the members held; "Finally, there was a motion ..." puts the item as "There
was a motion ..." does; a listed decision "Not to support the request ..." under "The following were agreed:" declines
the item; a tally dated to another year by "in 2019, when it voted 18-14" is not the meeting's. Sentences written for
these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import tally_counts, titled_page_motions


def _outcomes(body: str, title: str = "WEC report – 25 November 2025") -> list[Outcome]:
    return [m.outcome for m in titled_page_motions(f"{title}\n\n{body}\n")]


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        (
            "My own suggestion that the lists be subject to an OMOV ballot was not accepted, though several "
            "colleagues spoke in support.",
            Outcome.DEFEATED,
        ),
        ("A motion calling for a members' ballot on the deal was carried.", Outcome.CARRIED),
        ("The request for an all-member ballot on the new rules was rejected.", Outcome.DEFEATED),
    ],
)
def test_an_item_asking_for_a_ballot(body: str, outcome: Outcome) -> None:
    assert _outcomes(body) == [outcome]


def test_a_ballot_the_members_held_is_no_item() -> None:
    assert _outcomes("Members voted in an all-member ballot to accept the deal by 4,000 to 1,200.") == []


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        (
            "Finally, there was a motion from the women's committee calling on the WEC to support the campaign. "
            "This was unanimously supported.",
            Outcome.CARRIED,
        ),
        ("Lastly there was an amendment from Unite; it fell.", Outcome.DEFEATED),
    ],
)
def test_an_item_put_after_a_lead_in(body: str, outcome: Outcome) -> None:
    assert _outcomes(body) == [outcome]


def test_a_listed_decision_that_declines_the_item() -> None:
    page = (
        "Executive Council decisions – March 2025\n\nThe following were agreed by the Executive Council:\n\n"
        "1. To endorse the pay claim strategy.\n2. To refer the proposal for a Cardiff office to the Finance "
        "Committee.\n3. Not to support the request from the Irish region for a special levy.\n"
    )
    outcomes = [m.outcome for m in titled_page_motions(page)]
    assert outcomes == [Outcome.CARRIED, Outcome.REMITTED, Outcome.DEFEATED]


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("The SEC last changed its selection rules in 2019, when it voted 18-14 to scrap trigger ballots.", []),
        ("In 2019, when the NEC voted 20-10 to scrap it, I was not on the committee.", []),
        ("The executive voted 9-2 to back the strike.", [(9, 2, None)]),
    ],
)
def test_a_tally_dated_to_another_year_by_its_when_clause(body: str, counts: list[tuple[int, int, None]]) -> None:
    assert tally_counts(body) == counts
