"""Years and months of dates on unseen pages (issue 13), on sentences written here in several voices (NEC
write-up, union branch minutes, council minutes, news), each with negatives:

- a month's abbreviation is a whole word: the "DEC" that opens "DECLARATIONS" after a minute number is no month;
- the "had" of what is yet to be done by a date ("wants every ward to have had a leaflet by Christmas", "will have
  had the results by May") is no past perfect: a deadline after it lies ahead;
- "in future", "from now on", "going forward" look ahead;
- months told ahead whose first has ended by the meeting ("in future the budget is discussed in January and
  February", said in February) are next year's.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from support import report_context


def values(text: str, meeting: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.start, m.end) for m in extract_dates(report_context(text, meeting=meeting, parse=False))]


def starts(text: str, meeting: str) -> list[str | None]:
    return [m.start for m in extract_dates(report_context(text, meeting=meeting, parse=False))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # council minutes: a minute number before a heading in capitals
        ("PLN/14  DECLARATIONS OF INTEREST\nNone were made.", []),
        ("HSG/3  MARCHING BAND LICENCE\nThe licence was renewed.", []),
        ("EXC/21  JUNEBUG PLAYSCHEME\nThe grant was agreed.", []),
        # the abbreviation as a word is still a month
        ("The next meeting is on 20 DEC.", ["2024-12-20"]),
        ("The branch social is on 14 Nov at the club.", ["2024-11-14"]),
    ],
)
def test_a_months_abbreviation_is_a_whole_word(text: str, expected: list[str]) -> None:
    assert starts(text, "2024-09-03") == expected


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # CLP all-members meeting
        ("The organiser wants every new voter to have had a leaflet by Christmas.", "2023-10-12", ["2023-12-25"]),
        # union branch minutes
        ("The branch aims to have had a rep in every depot by 30 November.", "2022-10-04", ["2022-11-30"]),
        # NEC write-up
        ("By then the panel will have had every shortlist in front of it by 15 July.", "2021-07-06", ["2021-07-15"]),
        # news
        ("Officials said they’ll have had the ballot papers printed by March.", "2024-11-20", ["2025-03"]),
        # council minutes
        ("Officers are to have had the survey back by 31 January.", "2019-11-11", ["2020-01-31"]),
    ],
)
def test_a_deadline_after_a_perfect_yet_to_come_lies_ahead(sentence: str, meeting: str, expected: list[str]) -> None:
    assert starts(sentence, meeting) == expected


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # negatives: the past perfect and the present perfect still look back
        ("Every branch had received its pack by 30 September.", "2023-10-12", ["2023-09-30"]),
        ("We have had two socials since May.", "2023-10-12", ["2023-05"]),
        ("The council had hoped to have had the report by September.", "2023-10-12", ["2023-09"]),
    ],
)
def test_the_past_perfect_still_looks_back(sentence: str, meeting: str, expected: list[str]) -> None:
    assert starts(sentence, meeting) == expected
