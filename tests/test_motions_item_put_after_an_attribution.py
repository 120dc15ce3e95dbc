"""An item put, told after a news report's attribution ("It is understood that a compromise ... was put forward by
the women's officer. It fell."): the attribution is no part of the item's sentence, and its "it" points back to no
item, so an item settled in the same sentence after an earlier decision is a motion of its own, not a second result
of that decision. Also the compromise put to a meeting as an item. Sentences written for these tests; none is quoted
from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "body", "outcomes"),
    [
        # put after the frame, settled by the next sentence's pronoun result
        (
            "Labour NEC tightens selection rules",
            "The NEC agreed the new timetable. It is understood that a compromise, under which members would choose "
            "between two shortlisted names, was put forward by the women's officer. It fell too, though no count was "
            "given.",
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
        # settled in the frame's own sentence, after another decision: a motion of its own
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
        # the frame alone puts nothing; a pronoun after it still points back
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
def test_items_after_an_attribution(title: str, body: str, outcomes: list[Outcome]) -> None:
    motions = titled_page_motions(f"{title}\n\n{body}\n")
    assert [m.outcome for m in motions] == outcomes


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("A compromise from the GMB delegate was put to the vote and lost.", Outcome.DEFEATED),
        ("The chair proposed a compromise. It was agreed.", Outcome.CARRIED),
        ("A compromise was put forward by the treasurer. It fell.", Outcome.DEFEATED),
        (
            "Eventually a compromise was reached: half the grant now, the rest in the spring. That was agreed.",
            Outcome.CARRIED,
        ),
    ],
)
def test_a_compromise_put_is_an_item(body: str, outcome: Outcome) -> None:
    motions = titled_page_motions(f"Branch committee meeting\n\n{body}\n")
    assert [m.outcome for m in motions] == [outcome]


@pytest.mark.parametrize(
    "body",
    [
        "There was no compromise on the timetable.",
        "The two sides failed to reach a compromise, and the item was only noted.",
    ],
)
def test_no_compromise_put(body: str) -> None:
    assert titled_page_motions(f"Branch committee meeting\n\n{body}\n") == []
