"""An item put, told after a news report's attribution ("It is understood that a counter-proposal ... was put forward by
the women's officer. It fell."): the attribution is no part of the item's sentence, and its "it" points back to no
item, so an item settled in the same sentence after an earlier decision is a motion of its own, not a second result
of that decision. Sentences written for these tests; none is quoted
from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "body", "outcomes"),
    [
        (
            "Labour executive backs list timetable",
            "The executive agreed to shorten the nomination window. It is understood that an amendment to keep the "
            "longer window for the islands was defeated on a show of hands.",
            [Outcome.CARRIED, Outcome.DEFEATED],
        ),
        (
            "General Committee, 6 May 2025",
            "The GC approved the accounts. Sources said a proposal to move meetings online was rejected.",
            [Outcome.CARRIED, Outcome.DEFEATED],
        ),
        (
            "Union executive meeting",
            "The executive rejected the merger. The Morning Star understands that a motion to ballot members on it "
            "was carried.",
            [Outcome.DEFEATED, Outcome.CARRIED],
        ),
        (
            "Scottish executive sets list rules",
            "The executive agreed a timetable for the regional lists. It is understood that a bid by two members to "
            "let branches draw up their own shortlists was heavily defeated.",
            [Outcome.CARRIED, Outcome.DEFEATED],
        ),
        (
            "Trades council AGM",
            "Delegates agreed the annual report. It is understood that a bid to merge with the county association "
            "was thrown out after a short debate.",
            [Outcome.CARRIED, Outcome.DEFEATED],
        ),
        (
            "Planning committee, 4 June 2025",
            "Members approved the depot scheme. Sources said a proposal to defer the housing application was rejected "
            "too.",
            [Outcome.CARRIED, Outcome.DEFEATED],
        ),
        (
            "Labour NEC tightens selection rules",
            "The NEC agreed the new timetable. It is understood that a counter-proposal, under which members would "
            "choose between two shortlisted names, was put forward by the women's officer. It fell too, though no "
            "count was given.",
            [Outcome.CARRIED, Outcome.DEFEATED],
        ),
        (
            "Union executive backs pay offer",
            "The executive accepted the pay offer. Sources say a counter-proposal was put forward by the Scottish "
            "delegation. It was voted down.",
            [Outcome.CARRIED, Outcome.DEFEATED],
        ),
        (
            "Council meeting, 12 March 2025",
            "The council approved the budget. We understand that an amendment was tabled by the opposition group. "
            "It was lost.",
            [Outcome.CARRIED, Outcome.DEFEATED],
        ),
        (
            "Regional board meeting",
            "The board agreed the campaign plan. I'm told that an emergency motion was moved by the Yorkshire "
            "rep. It was carried.",
            [Outcome.CARRIED, Outcome.CARRIED],
        ),
    ],
)
def test_an_item_put_or_settled_after_an_attribution_is_an_item_of_its_own(
    title: str, body: str, outcomes: list[Outcome]
) -> None:
    motions = titled_page_motions(f"{title}\n\n{body}\n")
    assert [m.outcome for m in motions] == outcomes


@pytest.mark.parametrize(
    ("title", "body", "outcomes"),
    [
        # the attribution's own "it" aside, a pronoun after it still points back to the item just decided
        (
            "Labour NEC meeting",
            "The NEC agreed the timetable. It is understood that it was agreed overwhelmingly.",
            [Outcome.CARRIED],
        ),
        (
            "Labour NEC meeting",
            "It is understood the committee also discussed its finances, but nothing was decided.",
            [],
        ),
        ("Labour NEC meeting", "It is understood that a motion on rents will be tabled at the next meeting.", []),
        (
            "Labour NEC meeting",
            "The NEC agreed a code of conduct. It is understood that the vote on the code was not unanimous.",
            [Outcome.CARRIED],
        ),
    ],
)
def test_an_attribution_alone_puts_nothing(title: str, body: str, outcomes: list[Outcome]) -> None:
    motions = titled_page_motions(f"{title}\n\n{body}\n")
    assert [m.outcome for m in motions] == outcomes


@pytest.mark.parametrize(
    "body",
    [
        "The NEC agreed the budget. It is understood that ministers rejected the union's request last month.",
        "The executive endorsed the ballot. Sources say the employers will reject any claim above four per cent.",
    ],
)
def test_an_attribution_of_another_bodys_decision_flips_nothing(body: str) -> None:
    motions = titled_page_motions(f"Executive meeting, 3 March 2025\n\n{body}\n")
    assert [m.outcome for m in motions] == [Outcome.CARRIED]
