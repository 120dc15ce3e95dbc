"""Three kinds from minutes and write-ups, each written here in several voices:

- unanimity told on a minutes line of its own or after the movers ("Proposed Cllr Ash, seconded Cllr Bell;
  unanimous.", "Unanimous."): a tally, as "agreed unanimously" is;
- two candidates' totals each with its unit ("A vote by show of hands was taken: Mrs Reid 4 votes, Mr Fox 2
  votes."): one tally, the winner's votes for;
- a result only feared or avoided ("rather than see it voted down", "to avoid it being rejected"): no result;
- the mover's own act told after the motion in the same sentence ("moved a motion on the rota and later withdrew
  it"): the motion's result, not its words."""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes.tallies import sentence_tallies
from nec_extract.models import Outcome
from support import titled_page_motions


def _tallies(sentence: str) -> list[tuple[int | None, int | None, int | None, bool]]:
    return [(t.for_, t.against, t.abstentions, t.unanimous) for t in sentence_tallies(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Proposed Cllr Trewin, seconded Cllr Hume; unanimous.",
        "Moved Sister Doyle, seconded Brother Kane. Unanimous.",
        "Unanimous.",
        "Nem con.",
        "(Unanimous)",
    ],
)
def test_unanimity_on_a_minutes_line_is_a_tally(sentence: str) -> None:
    assert _tallies(sentence) == [(None, None, None, True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The feeling in the room was unanimous.",
        "Proposed Cllr Trewin, seconded Cllr Hume.",
        "Members were unanimous in their thanks to the clerk.",
    ],
)
def test_unanimity_that_is_no_result_is_no_tally(sentence: str) -> None:
    assert _tallies(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A vote by show of hands was taken: Mrs Reid 4 votes, Mr Fox 2 votes.",
        "The vote: Ann Lee 4, Raj Patel 2.",
        "Result of the ballot: Cllr Ann Lee 4 votes; Cllr Raj Patel 2 votes.",
    ],
)
def test_two_candidates_totals_with_their_unit(sentence: str) -> None:
    assert _tallies(sentence) == [(4, 2, None, False)]


def test_the_sides_of_a_vote_are_no_candidates() -> None:
    assert _tallies("Vote on the motion: For 12, Against 8.") == [(12, 8, None, False)]


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("Kim Obi tabled an amendment on fees. He withdrew it rather than have it defeated.", Outcome.WITHDRAWN),
        ("Sam Lee moved a motion on the rota and withdrew it rather than see it voted down.", Outcome.WITHDRAWN),
        ("Cllr Ash moved a motion on parking. She agreed to remit it to avoid it being rejected.", Outcome.REMITTED),
        ("Jo moved the rule change; it was deferred for fear of it being lost.", Outcome.DEFERRED),
    ],
)
def test_a_result_feared_or_avoided_is_no_result(body: str, outcome: Outcome) -> None:
    motions = titled_page_motions(f"NEC report – 23 January 2024\n\n{body}\n")
    assert [m.outcome for m in motions] == [outcome]


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("Sam Lee moved a motion on the rota and withdrew it.", Outcome.WITHDRAWN),
        ("Cllr Ash tabled a motion on parking but later withdrew it.", Outcome.WITHDRAWN),
        (
            "Brother Kane moved the emergency motion on pensions and then remitted it to the executive.",
            Outcome.REMITTED,
        ),
        (
            "Jo Hart proposed a change to the standing orders and agreed to withdraw it after the debate.",
            Outcome.WITHDRAWN,
        ),
    ],
)
def test_the_movers_own_act_is_the_result(body: str, outcome: Outcome) -> None:
    motions = titled_page_motions(f"Branch committee minutes, 2 April 2024\n\n{body}\n")
    assert [m.outcome for m in motions] == [outcome]


def test_words_the_motion_asks_for_are_still_its_own() -> None:
    body = "Sam Lee moved that the branch oppose the closure and that the motion be sent to the regional council."
    motions = titled_page_motions(f"Branch committee minutes, 2 April 2024\n\n{body}\n")
    assert [m.outcome for m in motions] == [Outcome.UNKNOWN]
