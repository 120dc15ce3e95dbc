"""Decisions in lists (issue 13): a participle subheading ("Agreed actions", "Agreed procedures for the next round
of selections") over a list makes each item a decision, also right after a decision it must not be taken to
confirm, and also when the items have lost their stops (a list is not hard-wrapped prose). Pages written for
these tests in several styles, with negatives; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.language.text import split_sentences
from nec_extract.models import Outcome
from support import titled_page_motions

C = Outcome.CARRIED


@pytest.mark.parametrize(
    ("page", "items"),
    [
        # union branch minutes: an action list right after the body's decisions
        (
            "Branch minutes\n\nMembers backed the petition against the ward closures, and endorsed the "
            "committee's recommendation that £300 go to the food bank.\n\nAgreed actions\n– Secretary to write "
            "to the trust about the crèche.\n– Training day to be held in March.\n– Newsletter to go out by May.",
            ["petition", "recommendation", "Secretary to write", "Training day", "Newsletter"],
        ),
        # an NEC write-up: a long participle heading over bullets without stops
        (
            "NEC report\n\nRule changes\n• Rule change on branch quorums: agreed with one abstention.\n\n"
            "Agreed procedures for the next round of council selections\n• longlisting by a panel of three\n"
            "• hustings online where no hall can be found\n• ballots opening ten days before the meeting",
            ["branch quorums", "longlisting", "hustings", "ballots"],
        ),
        # CLP executive notes: numbered items without stops
        (
            "CLP executive notes\n\nAgreed campaign priorities\n1. door knocking in Abbey ward every Saturday\n"
            "2. a stall at the summer fair\n3. leaflets for the by-election",
            ["door knocking", "stall", "leaflets"],
        ),
    ],
)
def test_each_item_under_an_agreed_heading_is_a_decision(page: str, items: list[str]) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [C] * len(items)
    for motion, item in zip(motions, items, strict=True):
        assert item in motion.evidence.text
        assert "\n" not in motion.evidence.text.strip()


def test_a_list_that_lost_its_stops_is_one_sentence_a_line() -> None:
    text = "Agreed priorities for the year ahead\n• more canvassing\n• a new website\n• two socials\n"
    assert [s.text for s in split_sentences(text)] == [
        "Agreed priorities for the year ahead",
        "• more canvassing",
        "• a new website",
        "• two socials",
    ]


def test_hard_wrapped_prose_is_still_one_paragraph() -> None:
    text = (
        "The chair opened the meeting and welcomed the new members who had\n"
        "joined since the last meeting, and then the secretary read out the\n"
        "apologies and the minutes of the previous meeting were agreed.\n"
    )
    assert len(split_sentences(text)) == 1


def test_a_list_under_a_heading_of_things_not_decided_is_no_decision() -> None:
    assert titled_page_motions("Branch minutes\n\nSuggested topics for next year\n• housing\n• transport") == []


# round 19: a heading that opens with another result ("Rejected motions", "Not agreed", "Remitted to the EC") heads
# the list under it with that result, also right after the items of a first list a heading decided
@pytest.mark.parametrize(
    ("page", "outcomes"),
    [
        (
            "Union executive decisions\n\nCarried motions\n- EC 21: Equal pay audit\n- EC 22: Support for the "
            "porters\nRejected motions\n- EC 23: Fewer executive meetings",
            [C, C, Outcome.DEFEATED],
        ),
        (
            "Green Party regional council\n\nAgreed actions\n- To fund the newsletter for a year\n- To meet online "
            "in winter\nNot agreed\n- A merger of the two county parties\n- A levy on local parties",
            [C, C, Outcome.DEFEATED, Outcome.DEFEATED],
        ),
        (
            "Policy forum report\n\nRemitted to the executive\n1. A regional housing commission\n2. Free bus travel "
            "for the under-22s",
            [Outcome.REMITTED, Outcome.REMITTED],
        ),
    ],
)
def test_a_heading_with_another_result_heads_its_list(page: str, outcomes: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == outcomes


def test_a_bare_result_under_an_item_is_still_the_items() -> None:
    # no heading decided the item above: the result line is its result, whatever follows
    page = (
        "Branch minutes\n\nMotion on bus fares\nThat the branch campaign for a flat fare.\nNot agreed\n"
        "- Any other business"
    )
    assert [m.outcome for m in titled_page_motions(page)][:1] == [Outcome.DEFEATED]


@pytest.mark.parametrize(
    ("page", "summaries"),
    [
        (
            "Executive minutes\n\nDecisions\n(a) The budget was approved.\n(b) The complaints report was noted.\n"
            "(c) The finance report was received and discussed.\n",
            ["budget"],
        ),
        (
            "Branch minutes – 4 July 2023\n\nThe committee agreed:\n- the accounts were noted;\n- the new rota;\n"
            "- a donation of £50 to the food bank.\n",
            ["new rota", "donation of £50 to the food bank"],
        ),
        (
            "NEC report\n\nThe NEC agreed the following:\n• the general secretary's report was noted;\n"
            "• the report of the working group was received and adopted.\n",
            ["report of the working group"],
        ),
    ],
)
def test_an_item_of_a_decisions_list_that_tells_itself_only_noted_is_no_decision(
    page: str, summaries: list[str]
) -> None:
    """ "Decisions / (b) The complaints report was noted.": the item's own verb says it was noted, received or
    discussed, no decision (SPEC: Motions, items merely noted); an item received and adopted still is."""
    assert [m.summary for m in titled_page_motions(page)] == summaries
