"""Decisions told with the decision word first or as a label (round 11): an inverted passive ("Also agreed was a
proposal to ...", "Approved too were the accounts"), a list of decisions named as such ("Other decisions included a
donation of ...", "Key decisions: A; B"), an item put on hold, and the body as
a news report names it with the party as owner ("Labour's ruling body has blocked a bid to ..."). Every sentence is
written for these tests, in NEC, union, branch and news voices, with negatives.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

NEC = "NEC report – 12 March 2024"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
BRANCH = "Northside branch meeting, 14 May 2024"
NEWS = "Labour NEC meeting: ruling body backs new rules"


def outcomes(body: str, title: str = NEC) -> list[str]:
    document = extract(f"{title}\n\n{body}\n", "page.txt")
    return [m.outcome.value for r in document.reports for m in r.motions]


CASES = [
    ("Also agreed was a proposal to cut the affiliation fee for small unions.", NEC, ["carried"]),
    ("Approved too were the revised standing orders.", UNION, ["carried"]),
    ("Endorsed as well was the shortlist for the by-election.", NEC, ["carried"]),
    ("Other decisions included a donation of £5,000 to the hardship fund.", UNION, ["carried"]),
    ("The executive's other decisions included a grant to the food bank.", UNION, ["carried"]),
    ("Key decisions: the conference will be in Liverpool; the levy rises by £1.", NEC, ["carried", "carried"]),
    ("DECISIONS: that the branch affiliates to the trades council; that a quiz be held.", BRANCH, ["carried"] * 2),
    ("The motion on the journal was put on hold until the next meeting.", UNION, ["deferred"]),
    ("The proposal for a new office was placed on hold.", BRANCH, ["deferred"]),
    ("Labour's ruling body has blocked a bid to reopen the selection.", NEWS, ["defeated"]),
    ("The party's governing body rejected the appeal.", NEWS, ["defeated"]),
    # negatives: no decision in the words
    ("Also present was the regional director.", NEC, []),
    ("Other decisions will be taken at the next meeting.", UNION, []),
    ("The decisions were explained by the chair.", BRANCH, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), CASES)
def test_inverted_and_labelled_decisions(body: str, title: str, expected: list[str]) -> None:
    assert outcomes(body, title) == expected


RULED_THAT = [
    ("On selections, the NEC decided that every shortlist must include a woman.", NEC, ["carried"]),
    ("Members resolved that branches need not meet in August.", BRANCH, ["carried"]),
    ("The executive decided that all reps must be trained by March.", UNION, ["carried"]),
    ("The NEC agreed that the party must do better with young voters.", NEC, []),
    ("Everyone agreed that we need more members.", BRANCH, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), RULED_THAT)
def test_what_a_body_decided_must_be(body: str, title: str, expected: list[str]) -> None:
    """ "decided that X must ...": a rule the body made; "agreed that we must ..." may be a view shared."""
    assert outcomes(body, title) == expected
