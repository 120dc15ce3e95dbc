""" "This coming Saturday", "this coming June": the first such day or month after the day the report speaks from,
as "next Saturday" is; "this Tuesday" and "last Tuesday" keep their readings. Lines written for these tests
(round 18) in the voices of a union branch, a CLP bulletin and a trades council."""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from support import report_context


def _mentions(text: str, meeting: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.start) for m in extract_dates(report_context(text, meeting=meeting, parse=False))]


@pytest.mark.parametrize(
    ("text", "meeting", "expected"),
    [
        # union branch, said on a Friday
        ("Members will picket this coming Saturday.", "2024-05-03", [("this coming Saturday", "2024-05-04")]),
        # CLP bulletin: a Monday said on a Friday is the one after, not the one before
        ("We canvass again this coming Monday.", "2024-05-03", [("this coming Monday", "2024-05-06")]),
        # trades council, a month ahead in the same year, and a capital letter
        ("This coming June the march returns.", "2024-01-16", [("This coming June", "2024-06")]),
        # the shorter words keep their readings
        ("The employer wrote to us last Tuesday.", "2024-05-03", [("last Tuesday", "2024-04-30")]),
        ("The rally is next Saturday.", "2024-05-03", [("next Saturday", "2024-05-04")]),
    ],
)
def test_this_coming_looks_ahead(text: str, meeting: str, expected: list[tuple[str, str | None]]) -> None:
    assert _mentions(text, meeting) == expected


def test_coming_alone_is_no_shift() -> None:
    assert _mentions("The coming months will be hard.", "2024-05-03") == []
