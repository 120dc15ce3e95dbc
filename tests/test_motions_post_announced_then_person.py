"""An election told in two parts (SPEC Rulings: each decision is one motion; a decision told twice is listed once):
the act told of a post with nobody named ("The NEC elected its vice-president for the year.", "The board elected
its vice-chairs:") and the person elected in the next words ("Amira was declared elected", "A and B were
re-elected"): one election, told by the person's clause. An act that names its person, or a decision of another
kind before the election, stays. Pages written for these tests; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from support import titled_page_motions


@pytest.mark.parametrize(
    ("page", "person"),
    [
        # union executive report, two sentences
        (
            "Executive report\n\nThe Executive elected its vice-president for the year. Two were nominated, and "
            "Tariq Lowe was declared elected.",
            "Tariq Lowe",
        ),
        # party board, the act and its result across a colon
        ("Board report\n\nThe Board elected its treasurer for 2025: Ines Faro was re-elected.", "Ines Faro"),
        # NEC write-up, "we" and "the" post
        ("NEC report\n\nWe then appointed the chair of the disputes panel. Greta Moll was appointed.", "Greta Moll"),
    ],
)
def test_the_post_and_the_person_are_one_election(page: str, person: str) -> None:
    motions = titled_page_motions(page)
    assert len(motions) == 1
    assert person in motions[0].evidence.text


def test_another_decision_before_the_election_stays() -> None:
    page = "Branch minutes\n\nThe branch agreed its budget for the year. Ola Venn was then elected treasurer."
    assert len(titled_page_motions(page)) == 2
