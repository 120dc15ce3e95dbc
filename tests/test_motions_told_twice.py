"""One item told twice on a page is one motion, and its tally one vote (SPEC Rulings: a decision restated later, a
quote, a standfirst, is listed once; a tally restated in a standfirst or summary is listed once): a digest of the
decisions ("Key points", "In brief", "TL;DR:", "Summary of decisions", "To sum up:", a thread's recap), a live
blog's UPDATE entry, a spokesperson's quote, and an item under way in one entry that a later entry settles. Two
decisions told alike stay two. Sentences written for these tests in several registers; none is quoted from a real
page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from nec_extract.pipeline import extract
from support import page_motions


def _tallies(body: str, title: str) -> list[tuple[int | None, int | None]]:
    document = extract(f"{title}\n\n{body}\n", "page.txt")
    return [(v.for_, v.against) for r in document.reports for v in r.votes]


@pytest.mark.parametrize(
    ("title", "body", "outcomes"),
    [
        # an NEC member's write-up, its key points above the detail
        (
            "NEC report – 3 June 2025",
            "Key points\n- Boundary review timetable agreed\n- Rule change on branch quorums approved (19-12)\n\n"
            "Boundaries. The timetable for the boundary review was agreed after a short exchange.\n\n"
            "Rules. The rule change lowering the quorum for branch meetings to five members was approved by 19 votes "
            "to 12.",
            ["carried", "carried"],
        ),
        # union minutes, a digest of decisions after the narrative
        (
            "Minutes of the Executive Council held on 8 May 2025",
            "1. STRIKE FUND\nA motion to raise the strike fund levy to 40p a month was moved by Ade Cole and seconded "
            "by Una Fry. Carried, 14 for, 3 against.\n\n2. WEBSITE\nIt was agreed to move the union's website to a "
            "new host.\n\nDECISIONS OF THIS MEETING\n(a) Strike fund levy raised to 40p – carried (14-3).\n"
            "(b) Website to move to a new host – agreed.",
            ["carried", "carried"],
        ),
        # council minutes, a summary table flattened to lines
        (
            "Minutes of the Meeting of Halton Vale Town Council held on 6 March 2025",
            "31/25 GRASS CUTTING\nRESOLVED that the grass cutting contract be awarded to Fieldway Ltd. (6 for, 2 "
            "against)\n\nSUMMARY OF DECISIONS\nItem Decision\n31/25 Grass cutting contract Awarded to Fieldway Ltd "
            "(6-2)",
            ["carried"],
        ),
        # a thread whose last post recaps
        (
            "Thread on today's regional board meeting",
            "1/ The board agreed the organising budget for the by-election, no fuss.\n\n2/ The motion calling for a "
            "regional women's officer was lost 8-10.\n\n3/ To recap: organising budget ✅ women's officer ❌ (8-10)",
            ["carried", "defeated"],
        ),
        # a TL;DR line above an NEC write-up
        (
            "NEC, 9 December 2025 – my report",
            "TL;DR: the motion on public railways carried; the motion on water ownership lost.\n\n"
            "Two motions came from the CLP section. The first, calling for the railways to be run publicly, was "
            "carried. The second, calling for public ownership of water companies, was lost 13-20.",
            ["carried", "defeated"],
        ),
        # a write-up ending "To sum up"
        (
            "Report from the NEC Disputes Panel, 2 September 2025",
            "The panel agreed a new guide for investigating officers. A proposal to publish anonymised outcomes "
            "was lost.\n\nTo sum up: the guide went through and publishing outcomes was rejected.",
            ["carried", "defeated"],
        ),
    ],
)
def test_a_digest_tells_the_accounts_items_again(title: str, body: str, outcomes: list[str]) -> None:
    assert [m.outcome.value for m in page_motions(body, title)] == outcomes


@pytest.mark.parametrize(
    ("title", "body", "tallies"),
    [
        (
            "NEC report – 3 June 2025",
            "Key points\n- Rule change on branch quorums approved (19-12)\n\nRules. The rule change lowering the "
            "quorum for branch meetings to five members was approved by 19 votes to 12.",
            [(19, 12)],
        ),
        (
            "Minutes of the Executive Council held on 8 May 2025",
            "A motion to raise the strike fund levy was moved by Ade Cole. Carried, 14 for, 3 against.\n\n"
            "Summary of decisions\n* Strike fund levy raised – carried 14-3",
            [(14, 3)],
        ),
        # two items of one tally in the account: both tallies are the meeting's
        (
            "NEC report – 3 June 2025",
            "The motion on housing was carried 20-10. The motion on transport was also carried 20-10.",
            [(20, 10), (20, 10)],
        ),
    ],
)
def test_a_tally_in_a_digest_is_listed_once(title: str, body: str, tallies: list[tuple[int, int]]) -> None:
    assert _tallies(body, title) == tallies


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a live blog's UPDATE gives the count of a result told earlier
        (
            "NEC meeting, 9 September 2025: as it happened",
            "10:40 The rule change shortening the selection timetable for by-elections has been passed, we hear.\n\n"
            "15:10 UPDATE: the vote on the by-election timetable rule change was 22-11, two members tell us.",
        ),
        # a spokesperson's quote restating the decision
        (
            "Nurses' union executive backs new pay campaign",
            "The union's executive, meeting in Leeds, voted to launch a national campaign for safe staffing "
            'levels.\n\n"We have voted to launch a national safe staffing campaign," a union spokesperson said.',
        ),
    ],
)
def test_an_update_or_a_quote_tells_the_item_again(title: str, body: str) -> None:
    motions = page_motions(body, title)
    assert len(motions) == 1
    assert motions[0].outcome is Outcome.CARRIED


def test_the_update_gives_its_tally_to_the_result_told_first() -> None:
    body = (
        "10:40 The rule change shortening the selection timetable for by-elections has been passed, we hear.\n\n"
        "15:10 UPDATE: the vote on the by-election timetable rule change was 22-11, two members tell us."
    )
    (motion,) = page_motions(body, "NEC meeting, 9 September 2025: as it happened")
    assert motion.evidence.text.startswith("10:40 The rule change")
    assert motion.vote is not None and (motion.vote.for_, motion.vote.against) == (22, 11)


def test_an_item_under_way_is_the_item_a_later_entry_settles() -> None:
    body = (
        "11:05 Members are considering a proposal to suspend the Westbrook branch over its accounts.\n\n"
        "11:50 Still no decision on Westbrook.\n\n"
        "12:20 The executive has voted to suspend the Westbrook branch pending an audit."
    )
    motions = page_motions(body, "Union executive live, 9 September 2025")
    assert [(m.outcome, m.evidence.text[:5]) for m in motions] == [(Outcome.CARRIED, "12:20")]


@pytest.mark.parametrize(
    ("title", "body", "outcomes"),
    [
        # two rule changes on one topic, both carried, both in the digest
        (
            "NEC report – 3 June 2025",
            "Key points\n- Both rule changes on officer terms approved\n\nThe rule change limiting CLP secretaries to "
            "three years in post was approved. The rule change limiting regional board members to two terms was "
            "also approved.",
            ["carried", "carried"],
        ),
        # one carried, a related one lost
        (
            "Scottish Executive Committee, 14 June 2025",
            "The SEC agreed to back a levy on second homes. A related motion calling for a levy on holiday lets was "
            "lost.\n\nSummary: second homes levy backed; holiday lets levy lost.",
            ["carried", "defeated"],
        ),
        # an amendment and the motion it would change
        (
            "Minutes of the Branch Committee, 2 April 2025",
            "An amendment to the motion on the branch banner, to add the union's old badge, was lost. The motion on "
            "the branch banner was then carried.\n\nDecisions taken\n- Banner motion carried; badge amendment lost",
            ["defeated", "carried"],
        ),
        # a digest item the account does not tell is an item of its own
        (
            "NEC report – 3 June 2025",
            "In brief\n- Youth conference venue change to Cardiff agreed\n- Staff pay offer accepted\n\n"
            "Staff. The staff pay offer was accepted after a long session.",
            ["carried", "carried"],
        ),
    ],
)
def test_two_decisions_told_alike_stay_two(title: str, body: str, outcomes: list[str]) -> None:
    assert sorted(m.outcome.value for m in page_motions(body, title)) == sorted(outcomes)


def test_one_motion_decided_at_two_meetings_is_two_decisions() -> None:
    page = (
        "Branch committee – 4 March 2025\n\nThe committee agreed to put the motion on the hardship fund to the AGM."
        "\n\nAnnual general meeting – 18 March 2025\n\nThe AGM carried the hardship fund motion by 31 votes to 2.\n"
    )
    document = extract(page, "page.txt")
    assert sum(len(r.motions) for r in document.reports) == 2


@pytest.mark.parametrize(
    ("title", "body", "kept", "count"),
    [
        # a digest above the account tells the item first: its line is kept, with the account's tally
        (
            "Joint report from your CLP reps – NEC, 4 February 2025",
            "Summary of decisions\n* Lower quorum for branch meetings – agreed.\n* Youth officer post – deferred.\n\n"
            "Rules took most of the afternoon. After a card vote the NEC agreed, 21-9, to cut the quorum for branch "
            "meetings to five members.",
            "* Lower quorum for branch meetings – agreed.",
            2,
        ),
        # a digest below the account tells it again: the account's sentence is kept
        (
            "Report from the NEC Disputes Panel, 2 September 2025",
            "The panel agreed a new guide for investigating officers after a short debate.\n\nIn summary:\n"
            "1. Investigating officers' guide – agreed.",
            "The panel agreed a new guide for investigating officers after a short debate.",
            1,
        ),
    ],
)
def test_the_first_telling_is_kept(title: str, body: str, kept: str, count: int) -> None:
    motions = page_motions(body, title)
    assert len(motions) == count
    (carried,) = [m for m in motions if m.outcome is Outcome.CARRIED]
    assert carried.evidence.text.startswith(kept)


def test_an_item_moved_and_a_second_one_carried_stay_two() -> None:
    body = (
        "10:15 Jo Hart has moved a motion on free bus travel for carers.\n\n"
        "10:50 Another motion, on free bus travel for apprentices, has been carried."
    )
    assert len(page_motions(body, "Regional board live, 9 September 2025")) == 2
