"""A seconder named on a line of its own after the decision line (round 21, kinds21): "The committee agreed to support
the strike fund. / Proposed: Jo Reid / Seconded: Sam Lee", "Resolved to affiliate to the trades council. / Seconded:
Sam Lee." The seconder is the decision's, as a mover so named is. Every line is written for these tests, in branch,
union and CLP minutes; near-misses: a line after no decision makes no motion.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
CLP = "Riverside CLP General Committee – 3 May 2024"
BRANCH = "Northside branch meeting, 14 May 2024"


def motions(body: str, title: str) -> list[tuple[str, list[str], list[str]]]:
    document = extract(f"{title}\n\n{body}\n", "page.txt")
    return [(m.outcome.value, m.movers, m.seconders) for r in document.reports for m in r.motions]


CASES = [
    (
        "The committee agreed to support the strike fund.\nProposed: Jo Reid\nSeconded: Sam Lee",
        UNION,
        [("carried", ["Jo Reid"], ["Sam Lee"])],
    ),
    ("Resolved to affiliate to the trades council.\nSeconded: Sam Lee.", BRANCH, [("carried", [], ["Sam Lee"])]),
    (
        "Motion on rail fares. Moved: Jo Reid. Carried unanimously.\nSeconded: Ann Cole",
        CLP,
        [("carried", ["Jo Reid"], ["Ann Cole"])],
    ),
    ("It was agreed to send £50 to the foodbank. Seconded by Sam Lee.", BRANCH, [("carried", [], ["Sam Lee"])]),
    # near-miss: no decision before the line
    ("We had a long discussion about the newsletter.\nSeconded: Sam Lee", CLP, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), CASES)
def test_seconder_line_after(body: str, title: str, expected: list[tuple[str, list[str], list[str]]]) -> None:
    assert motions(body, title) == expected
