"""Union and party minutes (round 21, decide21): a resolution whose numbered parts each carry their own result
("RESOLVED: (i) to support A; (ii) that B be referred ..."), also after the item it resolves; minutes' shorthand for
who moved an item after its result ("Accounts adopted – proposed X, seconded Y"); the mover sending the item away
("the mover agreed to remit the motion"); an item not reached; a move pulled by the officers. Sentences written for
these tests in several styles; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


def _motions(title: str, body: str) -> list[tuple[str, Outcome]]:
    return [(m.summary, m.outcome) for m in titled_page_motions(f"{title}\n\n{body}\n")]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Executive Council – minutes of the meeting held on 4 March 2025",
            "RESOLVED: (i) to support the strike; (ii) to donate £500; (iii) that the motion on fees be referred to "
            "the Finance Committee.",
        ),
        (
            "Regional committee, 12 June 2025",
            "The committee resolved: (i) to support the strike; (ii) to donate £500; (iii) that the motion on fees be "
            "referred to the Finance Committee.",
        ),
        (
            "Branch executive minutes, 2 April 2025",
            "The branch considered the requests from the stewards.\nRESOLVED: (a) to support the strike; (b) to donate "
            "£500; (c) that the motion on fees be referred to the Finance Committee.",
        ),
    ],
)
def test_each_part_of_a_resolution_has_its_own_result(title: str, body: str) -> None:
    outcomes = [outcome for _, outcome in _motions(title, body)]
    assert outcomes == [Outcome.CARRIED, Outcome.CARRIED, Outcome.REMITTED]


def test_a_part_that_defers_is_deferred() -> None:
    outcomes = [
        o
        for _, o in _motions(
            "GC minutes, 5 May 2025",
            "The meeting agreed: (a) to back the strike; (b) to defer the motion on fees; (c) to send a delegation.",
        )
    ]
    assert outcomes == [Outcome.CARRIED, Outcome.DEFERRED, Outcome.CARRIED]


def test_a_part_number_is_no_word_of_the_summary() -> None:
    summaries = [
        s
        for s, _ in _motions(
            "Executive minutes, 4 March 2025", "RESOLVED: (ii) to donate £500; (iii) to write to the council."
        )
    ]
    assert all(not s.startswith("(") for s in summaries)


@pytest.mark.parametrize(
    ("body", "item", "mover", "seconder"),
    [
        ("Accounts adopted – proposed Colin Fry, seconded Tom Hale.", "Accounts", "Colin Fry", "Tom Hale"),
        ("Minutes approved - proposed Raj Patel, seconded Julie Marsh.", "Minutes", "Raj Patel", "Julie Marsh"),
        ("The report was agreed – moved by Ann Lee and seconded by Bob Hart.", "report", "Ann Lee", "Bob Hart"),
    ],
)
def test_movers_named_after_the_result_are_the_same_item(body: str, item: str, mover: str, seconder: str) -> None:
    motions = titled_page_motions(f"AGM minutes, 9 March 2025\n\n{body}\n")
    assert len(motions) == 1
    assert motions[0].outcome is Outcome.CARRIED
    assert item in motions[0].summary and mover not in motions[0].summary
    assert motions[0].movers == [mover] and motions[0].seconders == [seconder]


def test_a_verb_object_after_proposed_is_no_shorthand() -> None:
    motions = titled_page_motions(
        "GC minutes, 9 March 2025\n\nCllr Ann Lee proposed the budget, seconded by Bob Hart. Agreed.\n"
    )
    assert [m.outcome for m in motions] == [Outcome.CARRIED]
    assert "budget" in motions[0].summary


@pytest.mark.parametrize(
    "body",
    [
        "Motion 3 (Selection timetable): after discussion the mover agreed to remit the motion to the Executive "
        "Committee.",
        "The mover agreed to remit the motion on selections to the executive.",
        "After a long debate the proposer agreed to remit her motion to the officers.",
    ],
)
def test_the_mover_remitting_the_item(body: str) -> None:
    assert [o for _, o in _motions("CLP AGM minutes, 9 March 2025", body)] == [Outcome.REMITTED]


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        (
            "Motion 4 (Twinning with a Palestinian town) was not reached and will be taken at the April GC.",
            Outcome.DEFERRED,
        ),
        ("The motion on rents will be taken at the next GC.", Outcome.DEFERRED),
        # not reached and nothing said of later: it lapses (SPEC Rulings: a motion that lapses is withdrawn)
        ("Motions 5 and 6 were not reached.", Outcome.WITHDRAWN),
        ("Motions 6 and 7 were not taken owing to time and fall.", Outcome.WITHDRAWN),
    ],
)
def test_items_not_reached_are_put_off_or_lapse(body: str, outcome: Outcome) -> None:
    outcomes = [o for _, o in _motions("CLP AGM minutes, 9 March 2025", body)]
    assert outcomes and set(outcomes) == {outcome}


@pytest.mark.parametrize(
    "body",
    [
        "The 2,000 target was not reached by the deadline.",
        "A quorum was not reached, so the meeting was inquorate.",
        "His views were not taken seriously.",
        "The vote was not taken until the end.",
        "The report will be considered at the May executive.",
    ],
)
def test_not_reached_that_is_no_item(body: str) -> None:
    assert _motions("CLP AGM minutes, 9 March 2025", body) == []


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        (
            "A move to cut the time given to CLP motions, which I and others opposed, was pulled by the officers "
            "before it reached a vote.",
            Outcome.WITHDRAWN,
        ),
        ("The rule change was dropped by the General Secretary.", Outcome.WITHDRAWN),
        ("A move to suspend standing orders was defeated.", Outcome.DEFEATED),
    ],
)
def test_a_move_put_and_pulled(body: str, outcome: Outcome) -> None:
    assert [o for _, o in _motions("Welsh Executive Committee – 20 April 2025", body)] == [outcome]


def test_the_move_to_a_new_way_of_meeting_is_no_proposal() -> None:
    assert _motions("Branch meeting, 3 May 2025", "The move to online meetings was welcomed by members.") == []
