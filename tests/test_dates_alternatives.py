"""A date given as the alternative to one written with its year ("to March 2013 rather than February", "in
January 2025 or December", "on 3 May 2024, not 26 April") takes the year that puts it nearest that date, not the
meeting's nearest (language/dates/mentions.py), on sentences written here in several styles. Negatives: a date
with its own year, and one after a date with no year, keep their own reading.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from support import report_context


def starts(text: str, meeting: str) -> list[str | None]:
    return [m.start for m in extract_dates(report_context(text, meeting=meeting, parse=False))]


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # NEC write-up
        (
            "A proposal to move the women's conference to March 2013 rather than February was agreed.",
            "2012-06",
            ["2013-03", "2013-02"],
        ),
        # union branch minutes
        ("The ballot will open in January 2025 or December, the region said.", "2024-06-12", ["2025-01", "2024-12"]),
        # council minutes
        ("The hearing is on 3 May 2024, not 26 April as first listed.", "2023-11-20", ["2024-05-03", "2024-04-26"]),
        # CLP minutes
        (
            "Members asked to hold the AGM in February 2024 instead of November.",
            "2023-06-07",
            ["2024-02", "2023-11"],
        ),
    ],
)
def test_an_alternative_takes_the_year_nearest_the_date_it_replaces(
    sentence: str, meeting: str, expected: list[str]
) -> None:
    assert starts(sentence, meeting) == expected


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        ("The conference moves to March 2013 rather than February 2012.", "2012-06", ["2013-03", "2012-02"]),
        ("Training was held in October 2024, and in March the branch met again.", "2024-06-12", ["2024-10", "2024-03"]),
        ("The AGM was in February 2024; in November the branch met again.", "2023-06-07", ["2024-02", "2022-11"]),
    ],
)
def test_other_dates_keep_their_own_reading(sentence: str, meeting: str, expected: list[str]) -> None:
    assert starts(sentence, meeting) == expected
