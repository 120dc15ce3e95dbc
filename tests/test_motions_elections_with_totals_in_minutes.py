"""Elections the meeting decided, written as minutes give the candidates' totals (round 15, issues 12 and 13): a
total in brackets after each name ("Maud Kettle (13) was elected Chair over Orla Marsh (7)") and a post, the
totals, then the one elected ("Secretary: Ann Lee 12 votes, Raj Dev 4 votes – Ann Lee elected"). Each is one
election, its tally the winner's votes for and the runner-up's against (SPEC: Rulings). Pages written for these tests
in the styles of union branch, CLP and party minutes, with negatives; none is quoted from a real page."""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes import extract_votes
from nec_extract.models import Outcome
from support import report_context, titled_page_motions

HEAD = "Branch AGM minutes, 14 May 2025\n\nPresent: twenty members.\n\nElection of officers\n\n"


def _found(body: str) -> tuple[list[Outcome], list[tuple[int | None, int | None]]]:
    text = HEAD + body
    votes = extract_votes(report_context(text, title=text.split("\n\n", 1)[0]))
    return [m.outcome for m in titled_page_motions(text)], [(v.for_, v.against) for v in votes]


@pytest.mark.parametrize(
    ("body", "tally"),
    [
        ("Following a ballot, Maud Kettle (13) was elected Chair over Orla Marsh (7).", (13, 7)),
        ("Ann Lee (12 votes) was elected over Raj Dev (4 votes).", (12, 4)),  # a CLP's secretary
        ("Secretary: Ann Lee 12 votes, Raj Dev 4 votes – Ann Lee elected.", (12, 4)),
        ("Treasurer: Jo Hart 9, Sam Idle 6 – Jo Hart elected.", (9, 6)),  # a Green party's
    ],
)
def test_an_election_with_the_candidates_totals_is_one_tallied_decision(body: str, tally: tuple[int, int]) -> None:
    assert _found(body) == ([Outcome.CARRIED], [tally])


@pytest.mark.parametrize(
    "body",
    [
        "Ann Lee was elected Chair over Raj Dev.",  # no totals: the election alone
        "Maud Kettle (13 votes) was elected Chair.",  # one total only
    ],
)
def test_an_election_with_fewer_totals_has_no_tally(body: str) -> None:
    assert _found(body) == ([Outcome.CARRIED], [])


@pytest.mark.parametrize(
    "body",
    [
        "Ward reports: Eastfield 12, Westfield 4 – both up on last year.",  # counts of something else
        "Jo Hart (12) and Sam Idle (4) reported on the canvassing returns.",
    ],
)
def test_named_counts_with_no_election_are_no_tally(body: str) -> None:
    assert _found(body) == ([], [])
