"""Minutes that set out a resolution in its own words and then its result (issue 13: minutes style): "That the
branch affiliates to the campaign." then "Carried."; a tally told alone just before a bare result ("For 10,
Against 2. Carried.") is that result's own, not a line that breaks the item from its result; and a labelled
decision to hold a members' ballot ("Decision: to hold a ballot of members") is the meeting's decision.
Pages written for these tests in several styles, with negatives; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("page", "expected", "tally"),
    [
        ("Branch minutes\n\nThe motion was put. For 10, Against 2. Carried.", C, (10, 2)),
        ("GC minutes\n\nMotion: that the CLP backs the bus campaign.\nFor 10, Against 2.\nCarried.", C, (10, 2)),
        (
            "Executive minutes\n\nProposal: that the office closes on Fridays. Voting: 3 for, 9 against. Lost.",
            D,
            (3, 9),
        ),
        (
            "Trades council minutes\n\nThe amendment was put to the meeting.\nIn favour 4, against 11.\nFell.",
            D,
            (4, 11),
        ),
    ],
)
def test_a_tally_alone_before_a_bare_result_is_its_own(page: str, expected: Outcome, tally: tuple[int, int]) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [expected]
    assert motions[0].vote is not None
    assert (motions[0].vote.for_, motions[0].vote.against) == tally


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Branch minutes\n\nThat the branch affiliates to the campaign. Carried.", [C]),
        ("Branch minutes\n\nThat £100 be donated to the strike fund.\nCarried unanimously.", [C]),
        ("GC minutes\n\nProposed: that the CLP writes to the council about bus fares. Agreed.", [C]),
        ("GC minutes\n\nMoved J Smith, seconded A Jones: that the CLP affiliates to the campaign. Carried.", [C]),
        ("Union branch minutes\n\nMoved: J Smith. Seconded: A Jones. That the branch funds a banner. Carried.", [C]),
        ("Executive minutes\n\nThat the office closes on Fridays (moved Ann Cole, seconded Raj Bains). Lost.", [D]),
    ],
)
def test_the_words_of_a_resolution_then_its_result(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


def test_the_resolution_words_are_its_summary() -> None:
    motions = titled_page_motions("Branch minutes\n\nProposed: that the branch funds a new banner.\nCarried.")
    assert [m.summary for m in motions] == ["branch funds a new banner"]


@pytest.mark.parametrize(
    "page",
    [
        # "that" as a pronoun, and sentences that put nothing
        "Branch minutes\n\nThat was the last item. Agreed.",
        "Branch minutes\n\nThat is why the secretary wrote to the council. Noted.",
        # a label that is no motion's or mover's
        "Branch minutes\n\nCorrespondence: that the council has replied about parking. Noted.",
    ],
)
def test_no_resolution_without_its_words(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    "page",
    [
        "Union executive minutes\n\nDecision: to hold a ballot of members in June.",
        "Branch minutes\n\nAGREED – to run an indicative ballot of all members on the offer.",
        "Executive minutes\n\nDecided: a consultative ballot of the membership will run in the autumn.",
    ],
)
def test_a_labelled_decision_to_hold_a_members_ballot(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [C]


@pytest.mark.parametrize(
    "page",
    [
        # who moved and seconded it, on lines of their own between the item and its result
        "Branch minutes\n\nMotion: that the branch donates £200 to the food bank.\n"
        "Proposed: J Smith. Seconded: A Jones.\nCarried.",
        "GC minutes\n\nProposal to fund a banner. Proposed: Ann Cole. Seconded: Raj Bains. Agreed.",
        "Union branch minutes\n\nMotion on the food bank\nMoved by J Smith, seconded by A Jones.\nCarried unanimously.",
        # how the decision was taken, in brackets after the label
        "Cabinet minutes\n\n14. Leisure centre\n\nRESOLVED (unanimously): That the leisure centre be kept open.",
    ],
)
def test_movers_lines_and_bracketed_manner_keep_the_result_with_its_item(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [C]


def test_movers_named_on_their_own_lines_are_the_items() -> None:
    motions = titled_page_motions("GC minutes\n\nProposal to fund a banner. Proposed by Ann Cole. Agreed.")
    assert [m.outcome for m in motions] == [C]
    assert motions[0].movers == ["Ann Cole"]
