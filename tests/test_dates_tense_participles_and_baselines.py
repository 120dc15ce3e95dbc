"""A month without its year after a participle with its object ("elected Chair of Council in March") or as the
earlier value a figure is measured from ("down from 432,000 in January") lies behind the meeting; a clause of its
own after the participle ("agreed to hold a ballot in March") keeps its own tense. Sentences written for these tests
in the voices of an NEC write-up, a students' union report, union branch minutes and a council's minutes."""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from support import report_context


def starts(text: str, meeting: str) -> list[str | None]:
    return [m.start for m in extract_dates(report_context(text, meeting=meeting, parse=False))]


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        ("We are at 390,000 members, down from 432,000 in January.", "2023-11-28", ["2023-01"]),
        ("Branch membership is 1,240, up from 1,180 in February.", "2022-10-05", ["2022-02"]),
        ("Turnout was 31%, compared with 27 in March.", "2024-11-12", ["2024-03"]),
        ("Ana Brook, elected Chair of Council in March, chaired her first meeting.", "2023-10-03", ["2023-03"]),
        ("The code of practice adopted by the group in April is now in force.", "2023-09-14", ["2023-04"]),
    ],
)
def test_a_participle_s_or_a_baseline_s_month_lies_behind(sentence: str, meeting: str, expected: list[str]) -> None:
    assert starts(sentence, meeting) == expected


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        ("The NEC agreed to hold a ballot in March.", "2023-11-28", ["2024-03"]),
        ("We agreed that the consultation will open in January.", "2022-10-05", ["2023-01"]),
        ("She will be elected chair in January.", "2023-11-28", ["2024-01"]),
    ],
)
def test_a_clause_of_its_own_keeps_its_tense(sentence: str, meeting: str, expected: list[str]) -> None:
    assert starts(sentence, meeting) == expected
