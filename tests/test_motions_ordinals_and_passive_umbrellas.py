"""Two more ways several decisions are told (round 15, fates; the brief's "the first ... the second ..." and "The
following were agreed:"): counted items settled in turn joined by a bare "and" ("The first was carried and the
second fell."), and a passive umbrella with no item noun of its own over a list ("The following were agreed:"), each
listed item then its own motion. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, R = Outcome.CARRIED, Outcome.DEFEATED, Outcome.REMITTED
_OPENING = "Apologies were received. "


@pytest.mark.parametrize(
    ("page", "outcomes"),
    [
        (
            "NEC report\n\n" + _OPENING + "Two motions were moved, on rents and on buses. The first was carried and "
            "the second fell.",
            [C, D],
        ),
        (
            "Branch minutes\n\n" + _OPENING + "Two amendments were taken. The first was lost and the second was "
            "remitted.",
            [D, R],
        ),
    ],
)
def test_ordinals_joined_by_and_keep_their_own_results(page: str, outcomes: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == outcomes


def test_an_ordinal_pair_as_one_subject_stays_together() -> None:
    page = "Council minutes\n\n" + _OPENING + "The first and second amendments were both carried."
    assert {m.outcome for m in titled_page_motions(page)} == {C}


@pytest.mark.parametrize(
    "page",
    [
        "CLP minutes\n\n" + _OPENING + "The following were agreed:\n- the stall rota\n- the leaflet budget\n",
        "Council minutes\n\n" + _OPENING + "The following items were approved:\n1. the grass cutting contract\n"
        "2. the hall lettings policy\n",
    ],
)
def test_a_passive_umbrella_makes_each_listed_item_a_motion(page: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [C, C]
    assert all("following" not in m.evidence.text for m in motions)


def test_a_list_of_people_present_is_no_decision() -> None:
    page = "Branch minutes\n\n" + _OPENING + "The following were present:\n- Jo Bell\n- Sam Lee\n"
    assert titled_page_motions(page) == []
