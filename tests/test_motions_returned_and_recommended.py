"""Two ways minutes tell a decision (issue 13, round 12): a person "returned unopposed" (or "without opposition") to a
post is elected; a committee's "RECOMMENDED (TO COUNCIL) – That ..." is its decision, carried, and settles the motion
moved before it, as "RESOLVED" does. Sentences written for these tests in several styles; none is quoted from a real
page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Union executive news, 8 Feb 2025", "Jo Bright was returned unopposed as our delegate to the trades council."),
        ("Branch AGM minutes, 3 June 2024", "Cllr Ann Reid was returned unopposed."),
        ("CLP AGM report, 2 March 2024", "Sam Idowu was returned without opposition as secretary."),
    ],
)
def test_returned_unopposed_is_an_election(title: str, body: str) -> None:
    motions = titled_page_motions(f"{title}\n\n{body}\n")
    assert [m.outcome for m in motions] == [Outcome.CARRIED]
    assert motions[0].summary.startswith("election of")


@pytest.mark.parametrize(
    "body",
    [
        "The ballot papers were returned unopposed by the deadline.",
        "Jo Bright was returned to the council in May.",
    ],
)
def test_returned_without_a_person_or_manner_is_no_election(body: str) -> None:
    assert titled_page_motions(f"Branch AGM minutes, 3 June 2024\n\n{body}\n") == []


@pytest.mark.parametrize(
    "label",
    ["RECOMMENDED TO COUNCIL –", "RECOMMENDED TO THE CABINET:", "Recommended to Full Council -", "RECOMMENDED –"],
)
def test_a_recommendation_label_is_the_committees_decision(label: str) -> None:
    page = (
        f"MINUTES of the PLANNING COMMITTEE held on 9 July 2024\n\n{label} That the scheme for the depot be approved.\n"
    )
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED]


def test_a_recommendation_label_settles_the_motion_moved_before() -> None:
    page = (
        "Minutes of the Finance Committee, 3 April 2024\n\nIt was moved by Councillor Dunn and seconded by Councillor "
        "Hobb that the fees be frozen.\n\nRECOMMENDED TO CABINET – That the fees and charges for 2024/25 be frozen.\n"
    )
    motions = titled_page_motions(page)
    assert [(m.outcome, m.movers) for m in motions] == [(Outcome.CARRIED, ["Dunn"])]


def test_recommended_in_prose_is_no_label() -> None:
    page = "Minutes of the Finance Committee, 3 April 2024\n\nRecommended reading: the auditor's letter of May.\n"
    assert titled_page_motions(page) == []
