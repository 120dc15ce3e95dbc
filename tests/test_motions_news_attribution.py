"""A news report's attribution after the decision it reports (issue 13, round 10): "The committee, which met by video
link, backed the proposal, officials confirmed" is the body's decision, though the parse hangs it under "confirmed";
a person at the meeting reporting another body's decision ("..., the secretary told us") is none. Sentences written
for these tests; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import tally_counts, titled_page_motions


@pytest.mark.parametrize(
    ("title", "sentence", "outcomes"),
    [
        (
            "Executive Committee meeting",
            "The committee, which met by video link, backed the proposal, officials confirmed.",
            [Outcome.CARRIED],
        ),
        (
            "Labour executive clears way for selections",
            "The executive agreed the selection timetable and approved a code of conduct for candidates, "
            "party sources confirmed.",
            [Outcome.CARRIED, Outcome.CARRIED],
        ),
        (
            "Labour NEC meeting",
            "The NEC, which met in London on Tuesday, agreed to suspend the CLP, it is understood.",
            [Outcome.CARRIED],
        ),
        (
            "Council cabinet meeting",
            "The cabinet, meeting in public at the town hall, rejected the proposal, a spokesperson said.",
            [Outcome.DEFEATED],
        ),
    ],
)
def test_a_decision_attributed_after_it_is_the_meetings(title: str, sentence: str, outcomes: list[Outcome]) -> None:
    motions = titled_page_motions(f"{title}\n\n{sentence}\n")
    assert [m.outcome for m in motions] == outcomes


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Branch meeting, 14 May 2025", "The region has agreed to fund the post, the secretary told us."),
        ("Labour NEC meeting", "The NEC will decide on the timetable next month, sources said."),
        ("Labour NEC meeting", "Unite's executive backed the proposal, officials confirmed."),
    ],
)
def test_no_decision_of_the_meeting_attributed(title: str, sentence: str) -> None:
    assert titled_page_motions(f"{title}\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("title", "sentence", "outcomes"),
    [
        (
            "Labour's ruling body tightens selection rules",
            "Sources said the committee had voted to impose a shortlist in the seat.",
            [Outcome.CARRIED],
        ),
        (
            "Union executive backs strike ballot",
            "It is understood the executive had backed a ballot of all members in the sector.",
            [Outcome.CARRIED],
        ),
        (
            "Council cabinet meeting",
            "A council spokesperson confirmed that the cabinet had rejected the bid for the depot site.",
            [Outcome.DEFEATED],
        ),
        (
            "NEC panel lifts suspension",
            "PoliticsHome understands the panel had decided to lift the suspension with a formal warning.",
            [Outcome.CARRIED],
        ),
    ],
)
def test_a_decision_a_leading_attribution_shifts_back_a_tense_is_the_meetings(
    title: str, sentence: str, outcomes: list[Outcome]
) -> None:
    """ "Sources said the committee had voted to ...": the past perfect is the reporter's tense (backshift), not a
    decision of an earlier time."""
    assert [m.outcome for m in titled_page_motions(f"{title}\n\n{sentence}\n")] == outcomes


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Labour NEC meeting", "Sources said the committee had agreed the same plan last year."),
        ("Branch meeting, 14 May 2025", "The secretary said the region had agreed to fund the post."),
        ("Labour NEC meeting", "The NEC had approved the rules before the election, and sources said so."),
        ("Labour NEC meeting", "Sources said the NEC met for three hours; it had approved the scheme in May."),
    ],
)
def test_a_past_perfect_with_no_leading_news_attribution_stays_background(title: str, sentence: str) -> None:
    assert titled_page_motions(f"{title}\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Sources said the committee had voted 9-4 to impose a shortlist.", (9, 4)),
        ("Party sources told LabourList the executive had rejected the bid by 20 votes to 12.", (12, 20)),
    ],
)
def test_a_tally_a_leading_attribution_shifts_back_a_tense_is_the_meetings(
    sentence: str, counts: tuple[int, int]
) -> None:
    assert [c[:2] for c in tally_counts(f"Labour NEC meeting\n\n{sentence}\n")] == [counts]


def test_a_tally_in_the_past_perfect_with_no_news_attribution_stays_another_time() -> None:
    assert tally_counts("Labour NEC meeting\n\nThe secretary said the TUC had passed it 400-12.\n") == []
