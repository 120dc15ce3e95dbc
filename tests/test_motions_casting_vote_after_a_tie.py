"""A tie told, then the chair's casting vote and the result in a sentence of their own (round 29): "Vote: For 28,
Against 28. The Chair used her casting vote against; the motion was lost." The casting vote and the result are the
tied item's, not new motions. Written for these tests in CLP, parish council, union and NEC voices; near-miss: a
sentence after the casting vote that puts another item keeps its own motion."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def outcomes(text: str) -> list[str]:
    return [m.outcome.value for r in extract(text, "page.txt").reports for m in r.motions]


CASTING = [
    (
        "All Members' Meeting – Minutes, Thursday 23 October 2025\n\n"
        "4. Motion: Two-child benefit cap (Eastfield Central branch)\nMoved: Owen Pritchard\nSeconded: Lena Hartmann\n"
        "Vote: For 28, Against 28. The Chair used her casting vote against; the motion was lost.\n",
        ["defeated"],
    ),
    (
        "Minutes of the Parish Council meeting held on Monday 3 November 2025\n\n"
        "25/120 Christmas lights: Cllr Entwistle's proposal that the council fund the lights was put. "
        "2 for, 2 against. The Chairman gave his casting vote against and the proposal was lost.\n",
        ["defeated"],
    ),
    (
        "Minutes of the Branch Committee held on 4 December 2025\n\n"
        "6. Motion on facility time, moved by Rob Egan and seconded by Zara Gul.\n"
        "For 4, Against 4. The Branch Chair used her casting vote in favour, and the motion was carried.\n",
        ["carried"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASTING)
def test_the_casting_vote_settles_the_tied_item(text: str, expected: list[str]) -> None:
    assert outcomes(text) == expected


def test_an_item_put_after_the_casting_vote_is_its_own() -> None:
    text = (
        "Minutes of the Town Council meeting held on Monday 24 November 2025\n\n"
        "FC 106/25 Cllr Chowdhury's motion on twinning was put: 4 for, 4 against. The Mayor gave a casting vote "
        "against and the motion was lost.\n"
        "FC 107/25 Cllr Dyer proposed that the council buy a defibrillator. This was carried unanimously.\n"
    )
    assert outcomes(text) == ["defeated", "carried"]
