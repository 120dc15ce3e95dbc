"""Under a headline telling a decision, a news report's opening (its standfirst, its lede) tells the decision in the
present perfect or in a standfirst line with no stop, and the account under it tells the same decision again in the
past: one decision, listed once, from the account (SPEC Rulings: a decision restated is listed once). Not when the
account's decision has another outcome or is another item ("also", "Another ..."), nor under a write-up's heading.
Pages written for these tests; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("page", "outcome", "account"),
    [
        # a party executive's decision, the standfirst in the present perfect above the byline
        (
            "Greens' executive backs review of local party funding\n\n"
            "The party's executive has agreed to set up a review of local party funding, the party has said.\n\n"
            "By Ana Ruiz\n\n"
            "Executive members voted at their meeting on Monday to set up a review of the funding formula.",
            C,
            "Executive members voted",
        ),
        # a union executive's refusal: a standfirst line with no stop, then the lede in the present perfect
        (
            "Union executive rejects call for special conference\n\n"
            "Leaders turn down demand from branches\n\n"
            "The union's national executive has rejected calls from branches to hold a special conference.\n\n"
            "At its meeting on Saturday the executive voted down the branches' motion after a long debate.",
            D,
            "At its meeting on Saturday",
        ),
        # a council's decision, news-wire style
        (
            "Council approves new cycle lanes\n\n"
            "Councillors have approved plans for three new cycle lanes in the city centre.\n\n"
            "Members of the planning committee voted on Thursday evening to back the scheme.",
            C,
            "Members of the planning committee",
        ),
        # a party's national executive in a news report, the lede with an adverb
        (
            "Party's national executive votes to delay selections\n\n"
            "The national executive has narrowly voted to delay parliamentary selections until the spring.\n\n"
            "Members of the executive agreed on Saturday to put back the timetable by three months.",
            C,
            "Members of the executive",
        ),
    ],
)
def test_the_opening_told_again_is_listed_once_from_the_account(page: str, outcome: Outcome, account: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [outcome]
    assert account in motions[0].evidence.text


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the account's decision is another item
        (
            "Greens' executive backs review of local party funding\n\n"
            "The party's executive has agreed to set up a review of local party funding.\n\n"
            "Executive members also voted to open a new regional office in Leeds.",
            [C, C],
        ),
        # another outcome
        (
            "Union executive rejects call for special conference\n\n"
            "The union's national executive has rejected calls from branches to hold a special conference.\n\n"
            "A proposal to publish the minutes of the meeting was approved.",
            [D, C],
        ),
        # another item, named so
        (
            "Council approves new cycle lanes\n\n"
            "Councillors have approved plans for three new cycle lanes in the city centre.\n\n"
            "A second scheme, for the ring road, was approved by the committee on Thursday evening.",
            [C, C],
        ),
        # a write-up's heading, not a headline telling a decision
        (
            "Executive report – 4 May 2024\n\n"
            "The executive has agreed to set up a review of local party funding.\n\n"
            "We voted to open a new regional office in Leeds.",
            [C, C],
        ),
    ],
)
def test_another_item_another_outcome_or_no_headline_keeps_each(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected
