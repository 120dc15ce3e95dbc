"""A result set before the item it settles, as a label with its mark ("Lost 9-20: our call for a special
conference", "Rejected: the proposal to close the office", "Agreed by 16 votes to 11: capping the fee"): one decision,
its outcome the label's and its count the tally. Before, a count between the label and its colon, or a result word
as the label, left the item unlisted. Lines written here in the registers of an NEC blog's scoreboard, union
executive minutes, council minutes and a CLP's report."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import one_report


@pytest.mark.parametrize(
    ("line", "outcome", "counts"),
    [
        ("Lost 9-20: our call for a special conference.", Outcome.DEFEATED, (9, 20)),
        ("Rejected by 20 votes to 9: the bid to scrap the levy.", Outcome.DEFEATED, (9, 20)),
        ("REJECTED: the proposal to close the Eastfield office.", Outcome.DEFEATED, None),
        ("Agreed by 16 votes to 11: capping the fee for conference passes.", Outcome.CARRIED, (16, 11)),
        ("Backed by 31 votes to 4: the leader's budget with the youth service restored.", Outcome.CARRIED, (31, 4)),
        ("Carried (12 to 3): a donation of £200 to the strike fund.", Outcome.CARRIED, (12, 3)),
        ("Fell: the amendment on the freeze date.", Outcome.DEFEATED, None),
    ],
)
def test_a_result_before_its_item_settles_it(line: str, outcome: Outcome, counts: tuple[int, int] | None) -> None:
    [motion] = one_report(line).motions
    assert motion.outcome is outcome
    assert (None if motion.vote is None else (motion.vote.for_, motion.vote.against)) == counts


@pytest.mark.parametrize(
    "line",
    [
        "Lost to the Greens in Eastfield ward, sadly.",
        "We lost the argument but not the vote count, 9-20 being closer than last year.",
        "Backed by the whole of the left slate, Jo Bloggs is standing for treasurer.",
    ],
)
def test_a_result_word_without_its_mark_labels_nothing(line: str) -> None:
    assert one_report(line).motions == []
