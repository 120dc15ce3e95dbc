"""A line that labels an item, gives its tally and then its result (round 21, kinds21): "Affiliation to the trades
council: 14 for, 8 against, carried", "- Budget: 20-9, agreed". One motion, the label's item, with the tally; the
count is no second item. A result label ("Result:", "The vote:") names no item. Elections told by the candidates'
totals in brackets ("Jo Reid (14) beat Sam Lee (9)") are one tally, winner for, other against (SPEC Rulings).
Every line is written for these tests.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

NEC = "NEC report – 12 March 2024"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
CLP = "Riverside CLP General Committee – 3 May 2024"
BRANCH = "Northside branch meeting, 14 May 2024"


def read(body: str, title: str) -> tuple[list[tuple[str, str]], list[tuple[int | None, int | None]]]:
    document = extract(f"{title}\n\n{body}\n", "page.txt")
    motions = [(m.summary, m.outcome.value) for r in document.reports for m in r.motions]
    votes = [(v.for_, v.against) for r in document.reports for v in r.votes]
    return motions, votes


LINES = [
    (
        "Affiliation to the trades council: 14 for, 8 against, carried.",
        BRANCH,
        [("Affiliation to the trades council", "carried")],
        [(14, 8)],
    ),
    ("Budget: 20-9, agreed.", UNION, [("Budget", "carried")], [(20, 9)]),
    ("- Budget: 20-9, agreed.\n- Rota: agreed.", CLP, [("Budget", "carried"), ("Rota", "carried")], [(20, 9)]),
    (
        "Donation to the foodbank – 12 for, 2 against – agreed.",
        BRANCH,
        [("Donation to the foodbank", "carried")],
        [(12, 2)],
    ),
    # near-misses: a label for the result names no item; numbers alone are items
    ("Result: 14 for, 8 against, carried.", UNION, [], [(14, 8)]),
    ("The vote: 14 for, 8 against, carried.", CLP, [], [(14, 8)]),
]

ELECTIONS = [
    ("Jo Reid (14) beat Sam Lee (9) for the post of treasurer.", CLP, [(14, 9)]),
    ("Sam Lee (9) and Jo Reid (14) stood for vice chair; Jo was elected.", UNION, [(14, 9)]),
    ("In the election for secretary, Ann Cole (17) beat Raj Dev (11).", BRANCH, [(17, 11)]),
    ("Jo Reid (14) was elected vice chair over Sam Lee (9).", NEC, [(14, 9)]),
    ("Vote for the endorsement: Candidate A (Ann Cole) 18, Candidate B (Raj Dev) 7. Ann Cole elected.", CLP, [(18, 7)]),
    # near-misses: no result of a contest; a ballot of the members
    ("The panel met (Room 4) 12 times this year.", UNION, []),
    ("Sam Lee (9) and Jo Reid (14) spoke for the motion on buses.", CLP, []),
    ("The members elected in the ballot were Jo Reid (14,000) and Sam Lee (9,000).", NEC, []),
    ("Jo Reid (Unite) beat Sam Lee (GMB) for the post.", UNION, []),
]


@pytest.mark.parametrize(("body", "title", "motions", "votes"), LINES)
def test_label_tally_lines(body: str, title: str, motions: list[tuple[str, str]], votes: list[tuple[int, int]]) -> None:
    assert read(body, title) == (motions, votes)


@pytest.mark.parametrize(("body", "title", "votes"), ELECTIONS)
def test_bracketed_totals(body: str, title: str, votes: list[tuple[int, int]]) -> None:
    found_motions, found_votes = read(body, title)
    assert found_votes == votes
    if votes:
        assert [outcome for _, outcome in found_motions] == ["carried"]
