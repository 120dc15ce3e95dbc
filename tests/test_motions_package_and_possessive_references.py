"""An item called a "package" ("a 'modernisation' package for CLP structures", "the rule change package") is a
proposal put, settled by a pronoun result sentences later; a result naming the item by the writer's possessive
("My proposal was defeated 13 to 18", "Our proposal fell") settles the item the writer put, not a second one; a
third person's ("their proposal was rejected") may be a new item told in the same sentence (round 22). Pages
written here as a left member's SEC report, a union executive member's blog and a Lib Dem board member's notes; a
package that is no item put (a support package announced) is not a motion."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import one_report

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("body", "outcomes"),
    [
        (
            "The officers brought a package of changes to branch structures. I argued that it was a power grab."
            " Others agreed with me. Unsurprisingly, this went through anyway.",
            [C],
        ),
        ("The rule change package was agreed with two votes against.", [C]),
        (
            "I then proposed that the appointment power lapse after a year. Several union colleagues nodded along."
            " The officers did not. My proposal was defeated 13 to 18.",
            [D],
        ),
        (
            "We moved that the freeze date be moved to July. The usual suspects lined up against. Our proposal fell.",
            [D],
        ),
    ],
)
def test_packages_and_possessive_references(body: str, outcomes: list[Outcome]) -> None:
    assert [m.outcome for m in one_report(body).motions] == outcomes


def test_a_third_persons_proposal_is_its_own_item() -> None:
    body = (
        "The executive voted to abolish the youth chair, 22 votes to 11. Left members had tried to delay the vote"
        " until after a consultation, but their proposal was rejected."
    )
    assert [m.outcome for m in one_report(body).motions] == [C, D]


def test_a_package_announced_is_no_motion() -> None:
    body = "The government announced a support package for councils last week, which the leader welcomed."
    assert one_report(body).motions == []
