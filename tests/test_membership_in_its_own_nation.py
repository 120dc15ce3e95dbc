"""Membership "in Wales" in a report that names Wales as its own (the Welsh Executive, a West of Scotland rep) is
the body's membership, `members` with the place as qualifier, not a part (extractors/membership/extract.py).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from membership_support import NEC, NEWS, figures_of, pairs

WELSH_EXEC = "Welsh Executive Committee report – 14 March 2023"
SCOTTISH_COUNCIL = "Scottish Regional Council notes – 14 March 2023"

OWN_NATION = [
    (WELSH_EXEC, "The General Secretary reported that membership in Wales stood at around 18,500.", 18500),
    (SCOTTISH_COUNCIL, "Officers told us that membership in Scotland had passed 9,200 at the end of the year.", 9200),
    (WELSH_EXEC, "Membership in Wales is roughly 24,000, down a little since the spring.", 24000),
    (NEWS + "\n\nThe Welsh party's executive met in Cardiff", "Membership in Wales is put at 21,300.", 21300),
]


@pytest.mark.parametrize(("title", "body", "value"), OWN_NATION)
def test_membership_in_the_report_s_own_nation_is_the_total(title: str, body: str, value: int) -> None:
    figures = figures_of(body, title)
    assert [(f.metric.value, f.value) for f in figures] == [("members", value)]
    assert figures[0].qualifier is not None and figures[0].qualifier.startswith("in ")


# a place the report does not name as its own, two places, or a total beside it keep the place a part
NAMED_PARTS = [
    (NEC, "Membership in Wales is 25,000.", [("other", 25000)]),
    (
        WELSH_EXEC,
        "Membership in Wales is 25,000 and membership in Scotland is 21,000.",
        [("other", 25000), ("other", 21000)],
    ),
    (
        WELSH_EXEC,
        "Membership stands at 400,000, and membership in Wales is 25,000.",
        [("members", 400000), ("other", 25000)],
    ),
    (SCOTTISH_COUNCIL, "Membership in Wales has reached 26,100.", [("other", 26100)]),
    (WELSH_EXEC, "There are 4,100 members in Wales.", [("other", 4100)]),
]


@pytest.mark.parametrize(("title", "body", "expected"), NAMED_PARTS)
def test_other_places_stay_parts(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)
