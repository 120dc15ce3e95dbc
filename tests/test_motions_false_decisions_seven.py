"""False decisions and tallies (issue 13, round 7), sentences written for these tests in several styles, none quoted
from a real page or a probe page:

- a present-tense relative clause describes, it does not decide ("This approach, which is widely accepted, was
  discussed");
- a result supposed in a conditional clause ("If the rule change is passed, CLPs will ...");
- another organisation's body by its possessive ("Unite's executive has endorsed the strike"), not the party's own
  ("Labour's NEC has decided ...");
- an item nobody moved;
- two figures compared with "against" ("membership rose to 550,000 against 520,000") are no tally;
- "that" alone as the subject of the one result in its sentence points back to the item just put ("After a short
  debate, that went through comfortably").
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes import extract_votes
from nec_extract.models import Outcome
from support import report_context, titled_page_motions

C, D, U = Outcome.CARRIED, Outcome.DEFEATED, Outcome.UNKNOWN


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("NEC report\n\nThis approach, which is widely accepted in the party, was discussed at length.", []),
        ("Branch minutes\n\nThe old rules, which are agreed by everyone to be out of date, were not discussed.", []),
        ("NEC report\n\nIf the rule change is passed, CLPs will lose the right to nominate.", []),
        ("Union minutes\n\nUnless the motion is withdrawn, the branch will lose its grant.", []),
        ("NEC report\n\nUnite's executive has already endorsed the strike.", []),
        ("Party news\n\nLabour's NEC has decided to hold the leadership election over the summer.", [C]),
        ("CLP minutes\n\nNobody moved the motion on the agenda, so it was not discussed.", []),
        ("Branch minutes\n\nNo one moved the amendment from Hill ward.", []),
    ],
)
def test_no_decision_of_the_meeting(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Membership report\n\nThe party's membership rose to 550,000 against 520,000 a year earlier.",
        "Branch report\n\nMembership stood at 1,240 against 1,190 last year.",
        "Treasurer's report\n\nIncome was £2.1m against a budget of £2.4m.",
    ],
)
def test_figures_compared_are_no_tally(text: str) -> None:
    assert extract_votes(report_context(text, title=text.split("\n\n", 1)[0])) == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Branch minutes\n\nThe motion was carried with 12 for and 9 against.", (12, 9)),
        ("Union minutes\n\nThe motion was carried, 3 against.", (None, 3)),
    ],
)
def test_counts_against_still_a_tally(page: str, expected: tuple[int | None, int]) -> None:
    votes = extract_votes(report_context(page, title=page.split("\n\n", 1)[0]))
    assert [(v.for_, v.against) for v in votes] == [expected]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "NEC report\n\nJo Bell then proposed that the helpline be brought back in-house. After a short debate, "
            "that went through comfortably.",
            [C],
        ),
        ("CLP minutes\n\nSam Cole moved that the branch affiliate to the trades council. That was agreed.", [C]),
        ("Union minutes\n\nAnn Lee moved an amendment on pay. After a card vote, that was lost.", [D]),
    ],
)
def test_that_points_back_to_the_item_just_put(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected
