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


@pytest.mark.parametrize(
    "page",
    [
        # the author's nomination told after the election it led to
        "NEC report\n\nOla Brent was elected chair, and Sid Kaur vice-chair. I nominated Sid and was glad he won.",
        # a named member's nomination, told after
        "Executive report\n\nRuth Dane was re-elected President. Bro. Hale had nominated Ruth for a second term.",
    ],
)
def test_a_nomination_told_after_the_election_is_that_election(page: str) -> None:
    motions = titled_page_motions(page)
    assert all(m.summary.startswith("election of ") for m in motions)


def test_a_nomination_of_someone_else_stays() -> None:
    page = "NEC report\n\nOla Brent was elected chair. We nominated Sid Kaur for the NPF, and this was agreed."
    assert len(titled_page_motions(page)) == 2
