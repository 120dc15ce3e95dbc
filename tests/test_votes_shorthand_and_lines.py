"""Tallies in minutes' shorthand ("Carried 12/3/1", "Fell 4:7:0"), lines of a recorded vote with a bracketed count
alone ("Abstain (0)"), a side named again by a definite count ("The three against were ..."), and a decision's
tally laid out as lines under it."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from nec_extract.pipeline import extract


def _report(body: str, heading: str = "Branch meeting, 3 May 2025"):
    reports = extract(f"{heading}\n\n{body}\n").reports
    assert len(reports) == 1
    return reports[0]


def _counts(body: str) -> list[tuple[int | None, int | None, int | None, bool]]:
    return [(v.for_, v.against, v.abstentions, v.unanimous) for v in _report(body).votes]


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        # union branch minutes
        ("Motion 3: bus fares (proposed J Lee, seconded K Ahmed). Carried 12/3/1.", (12, 3, 1, False)),
        # parish council
        ("Proposal to buy a new bench. LOST 4:7:0.", (4, 7, 0, False)),
        # CLP GC minutes
        ("Motion on the library. Agreed (9/2).", (9, 2, None, False)),
        # a defeat read the way the words say: the larger count against
        ("Motion on the depot sale. Fell 3/8.", (3, 8, None, False)),
    ],
)
def test_a_slashed_count_after_the_verdict_is_a_tally(body: str, counts: tuple) -> None:
    assert _counts(body) == [counts]


@pytest.mark.parametrize(
    "body",
    [
        "The committee agreed 7:30 as the start time for the AGM.",
        "The council approved 23/24 accounts without change.",
        "Carried 12/3/24 at the AGM, as members will recall.",
        "The branch agreed 10 actions in all.",
    ],
)
def test_times_year_spans_and_dates_after_a_verdict_are_no_tally(body: str) -> None:
    assert _counts(body) == []


def test_a_bracketed_count_alone_on_its_line_is_that_side_of_the_recorded_vote() -> None:
    body = (
        "Cllr Hart moved approval, seconded by Cllr Pyne. A recorded vote was requested:\n"
        "For (5): Councillors Desai, Hart, Lunn, Marsh and Pyne\n"
        "Against (3): Councillors Brand, Oyel and Quig\n"
        "Abstain (0)\n"
        "RESOLVED that permission be granted."
    )
    assert _counts(body) == [(5, 3, 0, False)]


@pytest.mark.parametrize(
    "body",
    [
        # an NEC rep's report to a union
        "The NEC approved the budget.\n\nFor: 27\nAgainst: 3\nAbstentions: 2\n\n"
        "The three against were Nisha Patel, Olly Freeth and Kwame Asante.",
        # a blog
        "The rule change went through by 20 votes to 4. The four against were all from the CLP section.",
        # council minutes
        "Members voted 6 for and 2 against. The two against were Cllrs Lunn and Marsh.",
    ],
)
def test_a_side_named_again_by_a_definite_count_is_no_new_tally(body: str) -> None:
    assert len(_counts(body)) == 1


@pytest.mark.parametrize(
    "body",
    [
        # an indefinite count completes or is its own partial tally, as before
        "The rule change went through by 20 votes to 4. Three against were from the unions.",
        # a definite count with no tally before it is a tally of its own
        "The budget was approved. The three against were Nisha Patel, Olly Freeth and Kwame Asante.",
    ],
)
def test_a_count_that_points_back_to_nothing_stays(body: str) -> None:
    assert len(_counts(body)) >= 1 and any(c[1] == 3 or c[1] == 4 for c in _counts(body))


@pytest.mark.parametrize(
    ("body", "outcome", "counts"),
    [
        (
            "The NEC approved the revised budget. The vote, for the record:\n\nFor: 27\nAgainst: 3\nAbstentions: 2",
            Outcome.CARRIED,
            (27, 3, 2),
        ),
        ("The GC agreed to affiliate to the campaign.\nFor: 31\nAgainst: 4", Outcome.CARRIED, (31, 4, None)),
        ("The amendment on rents was lost.\n\nFor: 9\nAgainst: 14\nAbstentions: 1", Outcome.DEFEATED, (9, 14, 1)),
    ],
)
def test_tally_lines_under_a_decision_are_its_tally(body: str, outcome: Outcome, counts: tuple) -> None:
    motions = _report(body).motions
    assert [m.outcome for m in motions] == [outcome]
    vote = motions[0].vote
    assert vote is not None and (vote.for_, vote.against, vote.abstentions) == counts


def test_tally_lines_after_another_item_are_not_the_first_decisions() -> None:
    body = (
        "The NEC approved the minutes.\n\nA motion on rail was moved by Jo Lee.\n\nFor: 12\nAgainst: 15\n\n"
        "The motion fell."
    )
    minutes = _report(body).motions[0]
    assert minutes.vote is None
