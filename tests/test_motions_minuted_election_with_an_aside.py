"""Minutes' shorthand for an election, the verb "be" left out, with an aside in brackets after the verb: the count
("Tom Pike elected (14 votes to 9 for Ann Bell)."), the manner ("Sarah Kim endorsed (by a show of hands)."): one
election, carried, and the count is its tally. A bracketed aside about another time is no election of this meeting.
Pages written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import pipeline_motions


@pytest.mark.parametrize(
    ("page", "tally"),
    [
        # union executive minutes
        ("Executive minutes, 3 May 2024\n\nVice-chair. Tom Pike elected (14 votes to 9 for Ann Bell).\n", (14, 9)),
        # a CLP's AGM minutes
        ("CLP AGM minutes, 3 May 2024\n\nTreasurer: Dee Marsh re-elected (unopposed).\n", None),
        # a trades council's minutes
        ("Trades council minutes, 3 May 2024\n\nSarah Kim endorsed (by a show of hands).\n", None),
        # a council group's minutes
        ("Labour group minutes, 3 May 2024\n\nCllr Amir Shah elected (11 votes to 7).\n", (11, 7)),
    ],
)
def test_a_minuted_election_with_an_aside_is_one_carried_election(page: str, tally: tuple[int, int] | None) -> None:
    motions = pipeline_motions(page)
    assert [m.outcome.value for m in motions] == ["carried"]
    vote = motions[0].vote
    assert (None if vote is None else (vote.for_, vote.against)) == tally


@pytest.mark.parametrize(
    "body",
    [
        "Tom Pike (elected last year) spoke about the budget.",
        "Our MP (Tom Pike) elected to the select committee last year.",
    ],
)
def test_an_aside_about_another_time_is_no_election(body: str) -> None:
    assert pipeline_motions(f"Branch meeting, 3 May 2024\n\n{body}\n") == []
