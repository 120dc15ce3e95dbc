"""The meeting's own body named by its initials after "the" ("The GC nominated ...", "the EC proposed ...") is the
body deciding, not a mover: the nomination is the meeting's, carried, with no mover. Another body's initials ("The
PLP proposed ...") still put an item to the meeting, its result not told. Sentences written for these tests;
none is quoted.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, U = Outcome.CARRIED, Outcome.UNKNOWN


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Northfield CLP – General Committee\n\nThe GC nominated Priya Shah for the regional board.", [(C, [])]),
        ("Branch EC meeting notes\n\nThe EC nominated two delegates to the regional conference.", [(C, [])]),
        ("Northfield CLP – General Committee\n\nThe PLP proposed a change to the rules.", [(U, [])]),
    ],
)
def test_our_body_by_its_initials_decides(page: str, expected: list[tuple[Outcome, list[str]]]) -> None:
    assert [(m.outcome, m.movers) for m in titled_page_motions(page)] == expected
