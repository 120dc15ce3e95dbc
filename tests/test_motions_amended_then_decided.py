"""An item said to have been amended and then decided is two decisions (round 21, kinds21): "The motion was amended
by Jo Reid and then carried" is an amendment (carried, moved by Jo Reid) and the motion (carried). Not "carried as
amended", "as amended by ..." (no amending told), nor an amending with no result after it. Every sentence is written
for these tests, in CLP, union and council minutes and an NEC write-up.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

NEC = "NEC report – 12 March 2024"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
COUNCIL = "Minutes of the Full Council meeting, 9 July 2024"
CLP = "Riverside CLP General Committee – 3 May 2024"


def motions(body: str, title: str) -> list[tuple[str, str, list[str]]]:
    document = extract(f"{title}\n\n{body}\n", "page.txt")
    return [(m.kind.value, m.outcome.value, m.movers) for r in document.reports for m in r.motions]


CASES = [
    (
        "The motion was amended by Jo Reid and then carried.",
        CLP,
        [("amendment", "carried", ["Jo Reid"]), ("motion", "carried", [])],
    ),
    (
        "The motion on rail fares was amended and then carried unanimously.",
        UNION,
        [("amendment", "carried", []), ("motion", "carried", [])],
    ),
    (
        "The motion was amended by Sam Lee, and the amended motion was carried 12-3.",
        COUNCIL,
        [("amendment", "carried", ["Sam Lee"]), ("motion", "carried", [])],
    ),
    (
        "The motion was amended by the mover and then carried.",
        NEC,
        [("amendment", "carried", []), ("motion", "carried", [])],
    ),
    # near-misses
    ("The motion was carried as amended.", CLP, [("motion", "carried", [])]),
    ("The motion, as amended by Jo Reid, was carried.", UNION, [("motion", "carried", [])]),
    ("The rules were amended in 2019 and then forgotten.", NEC, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), CASES)
def test_amended_then_decided(body: str, title: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert motions(body, title) == expected
