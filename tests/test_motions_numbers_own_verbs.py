"""Numbers alone, each with its own verb, after a numbered item (round 21, kinds21): "Motions 1, 3 and 4 were
carried; 2 was remitted and 5 fell", "Amendment 3 was lost but 4 and 5 were accepted", and the same in the next
sentence ("... carried. 2 was remitted."). One motion per number, each with its own result. Every sentence is written
for these tests, in union, CLP and council minutes and an NEC write-up; near-misses (a count of people after a
numbered item) stay as they were.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

NEC = "NEC report – 12 March 2024"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
CLP = "Riverside CLP General Committee – 3 May 2024"


def motions(body: str, title: str) -> list[tuple[str, str]]:
    document = extract(f"{title}\n\n{body}\n", "page.txt")
    return [(m.summary.lower(), m.outcome.value) for r in document.reports for m in r.motions]


CASES = [
    (
        "Motions 1, 3 and 4 were carried; 2 was remitted and 5 fell.",
        UNION,
        [
            ("motion 1", "carried"),
            ("motion 3", "carried"),
            ("motion 4", "carried"),
            ("motion 2", "remitted"),
            ("motion 5", "defeated"),
        ],
    ),
    (
        "Motions 1 and 3 were carried. 2 was remitted and 5 fell.",
        CLP,
        [("motion 1", "carried"), ("motion 3", "carried"), ("motion 2", "remitted"), ("motion 5", "defeated")],
    ),
    (
        "Motion 2 was remitted and 5 fell.",
        NEC,
        [("motion 2", "remitted"), ("motion 5", "defeated")],
    ),
    (
        "Amendment 3 was lost but 4 and 5 were accepted.",
        CLP,
        [("amendment 3", "defeated"), ("amendment 4", "carried"), ("amendment 5", "carried")],
    ),
    (
        "Motions 1 and 3 were carried, while 2 was remitted.",
        UNION,
        [("motion 1", "carried"), ("motion 3", "carried"), ("motion 2", "remitted")],
    ),
    # near-misses: a count of people, not an item
    ("Motion 4 was carried by 12 votes to 3 and 20 members stayed.", UNION, [("motion 4", "carried")]),
    ("Motion 6 was carried. 15 members stayed on for the social.", CLP, [("motion 6", "carried")]),
]


@pytest.mark.parametrize(("body", "title", "expected"), CASES)
def test_numbers_with_own_verbs(body: str, title: str, expected: list[tuple[str, str]]) -> None:
    assert motions(body, title) == expected
