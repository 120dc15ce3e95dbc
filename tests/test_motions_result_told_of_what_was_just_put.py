"""A result told by a pronoun after a proposal in the same sentence ("We moved to refer the paper back, and that was
agreed", "..., and this was carried 20-3") is the result of what was just put: one motion, not the proposal and
a second motion "that was agreed". A result told of every item the sentence counts ("We put forward two
amendments, and they were both defeated", "..., which were all agreed") settles each of them.
Not the result of what was just put: a decision with its own object after the pronoun ("..., and it was agreed to
write to the minister"), a clause opened by "that" ("agreed that A, and that B"). Pages written for these tests;
none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        # an NEC member's write-up: "we" the author's side, proposing
        ("NEC report\n\nWe moved to refer the paper back, and that was agreed.", None),
        ("NEC report\n\nWe moved to refer the paper back and that was carried.", None),
        ("NEC report\n\nWe moved to refer the paper back, and this was agreed.", None),
        # union branch minutes
        ("Branch minutes\n\nThe branch moved to send the offer to members, and this was agreed unanimously.", None),
        # council minutes, with a tally
        (
            "Council minutes\n\nCouncillor Lee moved that the item be deferred and this was carried by 30 votes to 12.",
            None,
        ),
        # a CLP secretary's report, the result after a semicolon
        ("GC report\n\nOur side proposed a reference back; that was agreed by 15 votes to 12.", Outcome.CARRIED),
        ("NEC report\n\nWe moved to refer the paper back, but that was lost.", Outcome.DEFEATED),
    ],
)
def test_a_pronoun_and_a_result_settle_what_was_just_put(page: str, outcome: Outcome | None) -> None:
    motions = titled_page_motions(page)
    assert len(motions) == 1
    # a reference back agreed may be read as the motion carried or the paper remitted: either is its one result
    assert motions[0].outcome in ((outcome,) if outcome else (Outcome.CARRIED, Outcome.REMITTED))


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nThe motion on pay was carried, and it was agreed to write to the minister.",
        "Branch minutes\n\nThe motion on pay was carried, and it was agreed that officers would write to the minister.",
        "Committee report\n\nThe committee agreed that the fund be topped up, and that the treasurer report in May.",
        "NEC report\n\nThe NEC agreed to set up a review and to report back in July.",
    ],
)
def test_a_decision_with_its_own_object_stays_a_second_motion(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED, Outcome.CARRIED]


@pytest.mark.parametrize(
    ("page", "count", "outcome"),
    [
        ("NEC report\n\nWe put forward two amendments, and they were both defeated.", 2, Outcome.DEFEATED),
        ("NEC report\n\nWe put forward two amendments, and they were defeated.", 2, Outcome.DEFEATED),
        ("Union executive report\n\nWe moved two amendments and they were both carried.", 2, Outcome.CARRIED),
        (
            "Council minutes\n\nCllr Ray proposed three changes to standing orders, which were all agreed.",
            3,
            Outcome.CARRIED,
        ),
        (
            "Branch minutes\n\nThe branch submitted two motions to conference, and they were both accepted.",
            2,
            Outcome.CARRIED,
        ),
    ],
)
def test_one_result_told_of_every_item_counted(page: str, count: int, outcome: Outcome) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [outcome] * count


def test_results_shared_among_items_counted_keep_their_shares() -> None:
    page = "NEC report\n\nWe put forward two amendments; one was carried and the other fell."
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED, Outcome.DEFEATED]
