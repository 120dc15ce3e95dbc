"""Branch and executive write-ups (round 21, decide21): a results table whose rows are numbered ("1. Rail fares |
A. Lee | Carried", the number split off by the sentence splitter) and whose result cell says more ("Carried as
amended", "Remitted to committee"); an officers' line "Chair – A; Secretary – B (all unopposed)"; "There was less
agreement on the proposal ..." tells no agreement. Sentences written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

from nec_extract.models import Outcome
from support import titled_page_motions


def test_numbered_rows_of_a_results_table() -> None:
    page = (
        "Branch AGM 2025 – results\n\nMotion | Proposer | Result\n"
        "1. Affiliation to the People's Assembly | Branch committee | Carried\n"
        "2. Campaign against ward closures | J. Okafor | Carried\n"
        "3. Increase to branch levy | Treasurer | Lost\n"
        "4. Support for the Palestine Solidarity Campaign | L. Byrne | Carried as amended\n"
        "5. Review of branch rules | Secretary | Remitted to committee\n"
    )
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [
        Outcome.CARRIED,
        Outcome.CARRIED,
        Outcome.DEFEATED,
        Outcome.CARRIED,
        Outcome.REMITTED,
    ]
    assert "People's Assembly" in motions[0].summary


def test_a_sentence_ending_in_a_result_is_no_row() -> None:
    page = "Branch AGM 2025\n\n1. The motion on rents was carried.\n2. The motion on fares was lost.\n"
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED, Outcome.DEFEATED]


def test_officers_paired_with_posts_all_unopposed() -> None:
    page = (
        "Branch AGM 2025\n\nOfficers for 2025-26: Chair – Pauline Ferris; Secretary – Jo Okafor; Treasurer – Neil "
        "Byrne (all unopposed).\n"
    )
    motions = titled_page_motions(page)
    assert [m.summary for m in motions] == [
        "election of Pauline Ferris as Chair",
        "election of Jo Okafor as Secretary",
        "election of Neil Byrne as Treasurer",
    ]


def test_less_agreement_is_no_agreement() -> None:
    page = (
        "UNISON NEC report, 14 February 2025\n\nThere was less agreement on the proposal to move NEC meetings "
        "online; it was put to a vote and lost 22-27.\n"
    )
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.DEFEATED]
    page = "UNISON NEC report, 14 February 2025\n\nThere was agreement on the proposal to move meetings online.\n"
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED]
