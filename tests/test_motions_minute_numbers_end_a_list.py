"""A list of decisions ends where the page's next numbered section begins: a resolution's parts "(1) ... (2) ..."
and then a council's minute number "49. Parking charges" are two lists (their markers are in different marks), and
"1. ... 2. ..." then "7. Any other business" is a jump, not the third item. The section heading after the list is
no decision of it. Pages written for these tests in the styles of council, union and CLP minutes; none is quoted.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, U = Outcome.CARRIED, Outcome.DEFEATED, Outcome.UNKNOWN

COUNCIL = (
    "Minutes of the Cabinet meeting\n\n"
    "48. Leisure centre contract\n"
    "RESOLVED: (1) To award the contract to the preferred bidder. (2) To delegate the final terms to the Director.\n\n"
    "49. Parking charges\n"
    "The item was deferred to the April meeting.\n\n"
    "50. Motion from Cllr Dean on school meals\n"
    "Cllr Dean moved the motion, seconded by Cllr Brook. On being put to the vote the motion was lost."
)

UNION = (
    "Branch committee minutes\n\n"
    "The committee agreed:\n"
    "1. To send two delegates to the regional conference.\n"
    "2. To donate £50 to the strike fund.\n\n"
    "7. Any other business\n"
    "Members discussed the date of the summer social."
)

CLP = (
    "GC minutes\n\n"
    "The GC resolved:\n"
    "(a) to hold a street stall in June;\n"
    "(b) to write to the council about the bus cuts.\n\n"
    "4. Treasurer's report\n"
    "The accounts were presented and noted."
)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (COUNCIL, [C, C, Outcome.DEFERRED, D]),
        (UNION, [C, C]),
        (CLP, [C, C]),
    ],
)
def test_the_next_numbered_section_is_no_item_of_the_list(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


def test_a_list_numbered_in_turn_goes_on() -> None:
    page = (
        "Branch committee minutes\n\nThe committee agreed:\n1. To send two delegates to the conference.\n"
        "2. To donate £50 to the strike fund.\n3. To buy a new banner."
    )
    assert [m.outcome for m in titled_page_motions(page)] == [C, C, C]
