"""Counts written as fragments, each its own sentence to the splitter ("18 for. 2 against. 1 abs."), are one tally
(round 29, tally29; kind seen on tally29 dev d02 and genre28c dev d04). Sentences written for these tests in several
registers; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from support import tally_counts


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        # branch minutes
        ("Item 4. Motion on the summer social.\nVote taken. 12 for. 3 against. 2 abs.\nMotion carried.", [(12, 3, 2)]),
        # union executive minutes
        ("The report was put to the vote. For 9. Against 3. Abstentions 1. The report was approved.", [(9, 3, 1)]),
        # CLP secretary's notes
        ("The motion on rent controls was put. 14 in favour. 6 against. Carried.", [(14, 6, None)]),
        # NEC write-up, a defeat told after the counts
        ("Then our amendment. 4 for. 11 against. Lost, as expected.", [(4, 11, None)]),
        # social thread
        ("2/ The recs were taken en bloc. 27 for. 5 against. 2 abs.", [(27, 5, 2)]),
    ],
)
def test_counts_written_as_fragments_are_one_tally(body: str, counts: list[tuple[int, int, int | None]]) -> None:
    assert tally_counts(body) == counts


@pytest.mark.parametrize(
    "body",
    [
        # one count alone is a partial tally at most, never joined to a figure of another kind
        "The treasurer said 18 for. That was all she would say about the pledges.",
        # a blank line parts the two counts: two paragraphs, no joined tally
        "Turnout was low this year. 40 for the quiz night.\n\nPrizes for 3 teams.",
    ],
)
def test_no_run_of_count_fragments_gives_no_joined_tally(body: str) -> None:
    assert all(None in counts[:2] for counts in tally_counts(body))
