"""A year is a count only when the count's noun follows it in its clause ("2019 members", or the next word of a
hard-wrapped line), not when a line ends on the year and the next one opens with such a noun ("Budget 2025" /
"Councillors asked ..."). Lines written for these tests (round 18) in the voices of a council's minutes, a CLP's
notes and a union branch."""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from support import report_context


def _starts(text: str, meeting: str) -> list[str | None]:
    return [m.start for m in extract_dates(report_context(text, meeting=meeting, parse=False))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line ending on a year, the next one opening on a count's noun
        ("Plan to 2026\n\nDelegates agreed it.", ["2026"]),
        ("Budget 2025\n\nCouncillors asked about fees.", ["2025"]),
        ("Recruitment drive, spring 2023\nMembers knocked on doors.", ["2023"]),
        # a count: the noun follows the number in its clause, or on the wrapped line's next word
        ("There are 2019 members in the region.", []),
        ("We signed up 2021\nmembers over the summer.", []),
        ("The petition drew 2024 signatures.", []),
    ],
)
def test_a_year_is_a_count_only_before_its_own_noun(text: str, expected: list[str]) -> None:
    assert _starts(text, "2024-05-03") == expected
